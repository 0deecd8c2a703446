package it.crocevia;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A feature is a package; its {@code control} and {@code entity} are its own business. Other
 * features, pages and REST resources go through its {@code boundary}.
 */
class ModularityTest {

    private static final Pattern INNER = Pattern.compile("it\\.crocevia\\.(\\w+)\\.(control|entity)(\\..*)?");
    private static JavaClasses crocevia;

    @BeforeAll
    static void importClasses() {
        crocevia = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("it.crocevia");
    }

    @Test
    void theInsideOfAFeatureIsReachedOnlyFromThatFeaturesBoundaryAndControl() {
        classes().that().resideInAnyPackage("..control..", "..entity..")
                .should(onlyBeUsedInsideTheirFeature())
                .check(crocevia);
    }

    @Test
    void pagesAndResourcesDoNotTouchEntities() {
        noClasses().that().resideInAnyPackage("..web..", "..api..", "it.crocevia.console..")
                .should().dependOnClassesThat().resideInAnyPackage("it.crocevia..entity..", "it.crocevia..control..",
                        "jakarta.persistence..")
                .check(crocevia);
    }

    @Test
    void boundariesDoNotDependOnPages() {
        noClasses().that().resideInAnyPackage("..boundary..", "..control..", "..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("it.crocevia..web..", "it.crocevia..api..", "it.crocevia.console..",
                        "jakarta.faces..", "jakarta.ws.rs..")
                .check(crocevia);
    }

    private static ArchCondition<JavaClass> onlyBeUsedInsideTheirFeature() {
        return new ArchCondition<>("be used only inside their own feature (not by its pages or REST resources)") {
            @Override
            public void check(JavaClass inner, ConditionEvents events) {
                Matcher m = INNER.matcher(inner.getPackageName());
                if (!m.matches()) {
                    return;
                }
                String feature = "it.crocevia." + m.group(1);
                for (var dependency : inner.getDirectDependenciesToSelf()) {
                    String from = dependency.getOriginClass().getPackageName();
                    boolean sameFeatureCore = from.startsWith(feature + ".") && !from.startsWith(feature + ".web")
                            && !from.startsWith(feature + ".api");
                    if (!sameFeatureCore) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
