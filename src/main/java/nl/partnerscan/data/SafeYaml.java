package nl.partnerscan.data;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses a YAML file into a node tree that nothing can turn into Java objects: the tree is composed,
 * never constructed, so tags cannot instantiate classes. On top of that it refuses what a reference data
 * file never needs and an attacker could use: anchors and aliases (no alias bombs), tags other than the
 * standard scalar and collection ones, nesting deeper than {@value #MAX_DEPTH}, files over
 * {@value #MAX_BYTES} bytes, bytes that are not UTF-8, and control characters, raw or escaped in a text
 * (data texts are printed on terminals). Each refusal names the line and column. Duplicate keys are
 * refused by {@link YamlMap}.
 */
final class SafeYaml {
    /** The largest data file partnerscan reads. */
    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_DEPTH = 32;

    private static final Set<Tag> ALLOWED_TAGS = Set.of(
            Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.SEQ, Tag.MAP);

    private SafeYaml() {
    }

    /** The root node of the document in {@code bytes}; {@code file} names it in errors. */
    static Node parse(String file, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new DataException(file, 0, 0, "the file is " + bytes.length + " bytes; data files may be at most "
                    + MAX_BYTES + " bytes (1 MiB)");
        }
        String text = decodeUtf8(file, bytes);
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        // Ours (in NoAnchorsParser) comes first and says where; this one is a second line of defence.
        options.setNestingDepthLimit(2 * MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        options.setProcessComments(false);
        try {
            Parser parser = new NoAnchorsParser(new ParserImpl(new StreamReader(text), options));
            Composer composer = new Composer(parser, new PlainResolver(), options);
            Node root = composer.getSingleNode();
            if (root == null) {
                throw new DataException(file, 0, 0, "the file is empty");
            }
            checkTags(file, root);
            return root;
        } catch (Refused e) {
            throw at(file, e.mark, e.problem);
        } catch (ReaderException e) {
            throw atCodePoint(file, text, e.getPosition(), "a control character (U+" + String.format("%04X",
                    e.getCodePoint()) + ") is not allowed in a data file; remove it");
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw at(file, mark, "not valid YAML: " + problem.strip());
        } catch (YAMLException e) {
            throw new DataException(file, 0, 0, "not valid YAML: " + e.getMessage());
        }
    }

    private static String decodeUtf8(String file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DataException(file, 0, 0, "the file is not UTF-8 text; save it as UTF-8");
        }
    }

    private static void checkTags(String file, Node node) {
        if (!ALLOWED_TAGS.contains(node.getTag())) {
            throw at(file, node.getStartMark(), "the tag '" + node.getTag().getValue()
                    + "' is not allowed; data files hold plain text, numbers, lists and maps");
        }
        if (node instanceof ScalarNode scalar) {
            checkText(file, scalar);
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                checkTags(file, tuple.getKeyNode());
                checkTags(file, tuple.getValueNode());
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                checkTags(file, item);
            }
        }
    }

    /**
     * Refuses a control character in a text (other than a line break), which YAML lets in through an escape
     * ({@code "\e[31m"}): data texts are printed on terminals, and no escape sequence may reach one.
     */
    private static void checkText(String file, ScalarNode scalar) {
        String value = scalar.getValue();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\n' && Character.getType(c) == Character.CONTROL) {
                throw at(file, scalar.getStartMark(), "the text holds a control character (U+"
                        + String.format("%04X", (int) c) + "); data texts hold printable text and line breaks only");
            }
        }
    }

    /** The place of the code point at {@code position} in {@code text}, which SnakeYAML gives for a bad character. */
    private static DataException atCodePoint(String file, String text, int position, String problem) {
        int line = 1;
        int column = 1;
        for (int i = 0, n = 0; i < text.length() && n < position; i += Character.charCount(text.codePointAt(i)), n++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new DataException(file, line, column, problem);
    }

    static DataException at(String file, Mark mark, String problem) {
        if (mark == null) {
            return new DataException(file, 0, 0, problem);
        }
        return new DataException(file, mark.getLine() + 1, mark.getColumn() + 1, problem);
    }

    /**
     * Resolves only the implicit types the data files use: whole numbers and empty values. Everything
     * else stays text (YAML 1.1 would read yes/no/on/off as booleans and 2023-05 as a date). It also saves
     * compiling and running the other resolvers' patterns on every scalar, which start-up notices.
     */
    private static final class PlainResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }

    /** Thrown (and caught above) when the document uses an anchor or alias, or nests too deep. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Mark mark;
        private final String problem;

        Refused(Mark mark, String problem) {
            super(null, null, false, false);
            this.mark = mark;
            this.problem = problem;
        }
    }

    /**
     * A parser that stops at the first anchor or alias, before the composer can expand anything, and at the
     * first list or map nested deeper than {@value #MAX_DEPTH}, where it is (SnakeYAML's own limit names no
     * place).
     */
    private static final class NoAnchorsParser implements Parser {
        private final Parser delegate;
        private int depth;

        NoAnchorsParser(Parser delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            check(delegate.peekEvent());
            return delegate.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return check(delegate.peekEvent());
        }

        @Override
        public Event getEvent() {
            Event event = check(delegate.getEvent());
            if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                throw new Refused(event.getStartMark(), "nesting deeper than " + MAX_DEPTH
                        + " levels of lists and maps is not allowed; data files need far fewer");
            }
            if (event instanceof CollectionEndEvent) {
                depth--;
            }
            return event;
        }

        private static Event check(Event event) {
            if (event != null && (event.is(Event.ID.Alias)
                    || (event instanceof NodeEvent nodeEvent && nodeEvent.getAnchor() != null))) {
                throw new Refused(event.getStartMark(),
                        "anchors and aliases (&name, *name) are not allowed in data files; write the value out");
            }
            return event;
        }
    }
}
