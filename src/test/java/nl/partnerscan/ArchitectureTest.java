package nl.partnerscan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The three layers: a pure core, adapters that do I/O, and the command line on top. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.partnerscan");
    }

    @Test
    void coreUsesNoCommandLineNoJsonNoYaml() {
        noClasses().that().resideInAPackage("nl.partnerscan.core..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "com.fasterxml..", "org.yaml..")
                .because("the core is a library: no command line, no serialisation format")
                .check(classes);
    }

    @Test
    void coreDoesNoFileOrNetworkIo() {
        noClasses().that().resideInAPackage("nl.partnerscan.core..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "java.nio.channels..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.(File|Random).*")
                .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\..*(InputStream|OutputStream|Reader|Writer)")
                .because("the core takes text and returns results; adapters read and write")
                .check(classes);
    }

    @Test
    void coreDoesNotTouchStandardStreamsOrTheEnvironment() {
        noClasses().that().resideInAPackage("nl.partnerscan.core..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().accessField(System.class, "in")
                .orShould().callMethod(System.class, "getenv", String.class)
                .orShould().callMethod(System.class, "exit", int.class)
                .because("output and the process belong to the command line")
                .check(classes);
    }

    @Test
    void adaptersDoNotDependOnTheCommandLine() {
        noClasses().that().resideInAPackage("nl.partnerscan.io..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.partnerscan.cli..", "picocli..")
                .check(classes);
    }
}
