package nl.partnerscan.data;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.match.SnapshotOut;
import nl.partnerscan.core.match.Translations;

/**
 * Writes bound reference data as the bytes {@link BoundDataReader} reads, at build time. The form follows
 * the records themselves, so that it cannot drift from them: a record is its components in declaration
 * order (the order of the canonical constructor the reader calls), each value as its kind is written:
 * <ul>
 *   <li>a string as UTF-8, a whole number as a variable-length integer, a decimal as its 64 bits, a boolean
 *       as a byte, a constant of an enum as its ordinal;</li>
 *   <li>an {@code Optional} or {@code OptionalInt} as whether it holds a value, then the value;</li>
 *   <li>a list as its size and elements; a set or map as whether its order is its own (a linked, sorted or
 *       enum one), its size and its elements or keys and values: in their own order if it has one, else
 *       sorted, so that the same data always gives the same bytes;</li>
 *   <li>a record (and {@link Translations}, the one value class of the data) as 0 followed by its components
 *       the first time, and as 1 + its number among the records written (numbered once written whole) every
 *       time after: a sector that a qualified head points to is the same object as the table's.</li>
 * </ul>
 */
final class BoundDataWriter {
    /** The form's version, first in the bytes: a reader of another form binds the files instead. */
    static final int FORMAT = 1;

    private final SnapshotOut out = new SnapshotOut();
    private final Map<Object, Integer> written = new IdentityHashMap<>();

    private BoundDataWriter() {
    }

    /** The bytes of {@code data}, ending in their CRC-32. */
    static byte[] write(ReferenceData data) {
        BoundDataWriter writer = new BoundDataWriter();
        writer.out.writeInt(FORMAT);
        writer.value(data);
        return writer.out.checkedBytes();
    }

    private void value(Object value) {
        if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof Integer number) {
            out.writeInt(number);
        } else if (value instanceof Boolean flag) {
            out.writeBoolean(flag);
        } else if (value instanceof Double decimal) {
            out.writeLong(Double.doubleToLongBits(decimal));
        } else if (value instanceof Enum<?> constant) {
            out.writeInt(constant.ordinal());
        } else if (value instanceof Optional<?> optional) {
            out.writeBoolean(optional.isPresent());
            optional.ifPresent(this::value);
        } else if (value instanceof OptionalInt optional) {
            out.writeBoolean(optional.isPresent());
            optional.ifPresent(out::writeInt);
        } else if (value instanceof List<?> list) {
            out.writeInt(list.size());
            list.forEach(this::value);
        } else if (value instanceof Set<?> set) {
            boolean ordered = isOrdered(set);
            out.writeBoolean(ordered);
            out.writeInt(set.size());
            (ordered ? new ArrayList<>(set) : sorted(set)).forEach(this::value);
        } else if (value instanceof Map<?, ?> map) {
            boolean ordered = isOrdered(map);
            out.writeBoolean(ordered);
            out.writeInt(map.size());
            for (Object key : ordered ? new ArrayList<>(map.keySet()) : sorted(map.keySet())) {
                value(key);
                value(map.get(key));
            }
        } else if (value instanceof Record || value instanceof Translations) {
            shared(value);
        } else {
            throw new IllegalArgumentException("the stored reference data has no form for a "
                    + (value == null ? "null" : value.getClass().getName()));
        }
    }

    private void shared(Object value) {
        Integer number = written.get(value);
        if (number != null) {
            out.writeInt(number + 1);
            return;
        }
        out.writeInt(0);
        components(value).forEach(this::value);
        written.put(value, written.size());
    }

    /** A record's components in declaration order; a {@link Translations}' constructor arguments. */
    private static List<Object> components(Object value) {
        if (value instanceof Translations translations) {
            return List.of(translations.words(), translations.compoundMinLength(), translations.cyrillic(),
                    translations.acronymMaxLength());
        }
        List<Object> components = new ArrayList<>();
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            try {
                components.add(component.getAccessor().invoke(value));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        return components;
    }

    private static boolean isOrdered(Collection<?> set) {
        return set instanceof LinkedHashSet || set instanceof SortedSet || set instanceof EnumSet;
    }

    private static boolean isOrdered(Map<?, ?> map) {
        return map instanceof LinkedHashMap || map instanceof SortedMap || map instanceof EnumMap;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Object> sorted(Collection<?> values) {
        List<Object> sorted = new ArrayList<>(values);
        sorted.sort((a, b) -> ((Comparable) a).compareTo(b));
        return sorted;
    }
}
