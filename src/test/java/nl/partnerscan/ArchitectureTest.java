package nl.partnerscan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The design, held: packages by purpose without cycles, layered from the command line down to a pure core,
 * and a core that does no I/O, starts no threads and knows no command line or file format.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.partnerscan");
    }

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        slices().matching("nl.partnerscan.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyPackageIsFreeOfCycles() {
        // core and core.match are one slice above; here each package is its own, so core.match cannot lean on core.
        slices().matching("nl.partnerscan.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("nl.partnerscan.cli..")
                .layer("batch").definedBy("nl.partnerscan.batch..")
                .layer("report").definedBy("nl.partnerscan.report..")
                .layer("data").definedBy("nl.partnerscan.data..")
                .layer("core").definedBy("nl.partnerscan.core")
                .layer("match").definedBy("nl.partnerscan.core.match..")
                .layer("io").definedBy("nl.partnerscan.io..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("batch").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "batch")
                .whereLayer("data").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("core").mayOnlyBeAccessedByLayers("cli", "batch", "report", "data")
                .whereLayer("match").mayOnlyBeAccessedByLayers("cli", "batch", "report", "data", "core")
                .whereLayer("io").mayOnlyBeAccessedByLayers("cli", "batch", "report", "data")
                .check(classes);
    }

    @Test
    void coreUsesNoCommandLineNoJsonNoYamlNoCsv() {
        noClasses().that().resideInAPackage("nl.partnerscan.core..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "com.fasterxml..", "org.yaml..",
                        "de.siegmar..")
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
    void coreStartsNoThreads() {
        noClasses().that().resideInAPackage("nl.partnerscan.core..")
                .should().dependOnClassesThat().haveNameMatching(
                        "java\\.lang\\.Thread(\\$.*)?|java\\.util\\.concurrent\\.(Executor.*|ForkJoin.*|CompletableFuture"
                                + "|.*ThreadFactory|Future.*|.*Queue)")
                .because("the caller owns the threads: batch screens rows on its workers, the core stays a function")
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
    void onlyTheCommandLineUsesPicocli() {
        noClasses().that().resideOutsideOfPackage("nl.partnerscan.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..")
                .check(classes);
    }
}
