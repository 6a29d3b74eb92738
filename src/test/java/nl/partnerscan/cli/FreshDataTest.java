package nl.partnerscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.partnerscan.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What start-up keeps (the bundled data's index and digest, the tree snapshot, the term indexes) is for the
 * bundled data only: a data directory or a list file changed between two runs is read anew, so a result never comes
 * from a file as it was before.
 */
class FreshDataTest {
    @TempDir
    Path dir;

    @Test
    void aDataDirectoryChangedBetweenRunsIsReadAnew() throws IOException {
        TestData.copyDataTo(dir);
        Cli.Run before = Cli.run("screen", "--topic", "quantum", "--data", dir.toString());
        assertThat(before.exitCode()).isZero();
        assertThat(before.out()).contains("tabel van het NCTV: Kwantumtechnologie.");

        Path sectors = dir.resolve("sectors.yaml");
        String text = Files.readString(sectors);
        assertThat(text).as("test set-up").contains("name_nl: \"Kwantumtechnologie\"");
        Files.writeString(sectors, text.replace("name_nl: \"Kwantumtechnologie\"", "name_nl: \"Kwantumtechniek\""));
        Cli.Run after = Cli.run("screen", "--topic", "quantum", "--data", dir.toString());
        assertThat(after.exitCode()).isZero();
        assertThat(after.out()).contains("tabel van het NCTV: Kwantumtechniek.")
                .doesNotContain("tabel van het NCTV: Kwantumtechnologie.");
    }

    @Test
    void aTermAddedToADataDirectoryIsFoundThoughTheBundledIndexesAreStored() throws IOException {
        TestData.copyDataTo(dir);
        String[] args = {"screen", "--topic", "fluxcondensator", "--data", dir.toString(), "--lang", "en"};
        assertThat(Cli.run(args).out()).startsWith("Verdict: LOW");

        Path sectors = dir.resolve("sectors.yaml");
        String text = Files.readString(sectors);
        assertThat(text).as("test set-up").contains("\"ionenval\", \"ion-trap\"");
        Files.writeString(sectors, text.replace("\"ionenval\", \"ion-trap\"", "\"ionenval\", \"fluxcondensator\", \"ion-trap\""));
        Cli.Run after = Cli.run(args);
        assertThat(after.exitCode()).isZero();
        assertThat(after.out()).doesNotStartWith("Verdict: LOW").contains("fluxcondensator");
    }

    @Test
    void aListFileChangedBetweenRunsIsReadAnew() throws IOException {
        Path list = Files.writeString(dir.resolve("watch.csv"), "name,country\nAcme Wuhan Robotics,CN\n");
        String[] args = {"screen", "--topic", "robotica", "--partner", "Acme Wuhan Robotics", "--list", list.toString()};
        assertThat(Cli.run(args).out()).contains("De partner staat op watch.csv");

        Files.writeString(list, "name,country\nBeta Harbin Optics,CN\n");
        Cli.Run after = Cli.run(args);
        assertThat(after.exitCode()).isZero();
        assertThat(after.out()).doesNotContain("De partner staat op watch.csv");
    }
}
