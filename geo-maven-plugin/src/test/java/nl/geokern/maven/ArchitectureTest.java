package nl.geokern.maven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Guards the module and package structure of geo's main code: dependencies run geo-jsonld ← geo-core
 * ← maven-plugin (← examples), the libraries never touch Maven, geo-jsonld needs only the JDK and
 * jackson-core, no two packages depend on each other, no package reaches into another package's
 * {@code internal} package, and public signatures use only JDK and geo types.
 */
@AnalyzeClasses(packages = "nl.geokern", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule layers_dependOnlyDownwards = layeredArchitecture()
      .consideringOnlyDependenciesInLayers()
      .layer("geo-jsonld").definedBy("nl.geokern.jsonld..")
      .layer("geo-core").definedBy("nl.geokern.core..")
      .layer("geo-maven-plugin").definedBy("nl.geokern.maven..")
      .optionalLayer("geo-examples").definedBy("nl.geokern.examples..")
      .whereLayer("geo-maven-plugin").mayOnlyBeAccessedByLayers("geo-examples")
      .whereLayer("geo-core").mayOnlyBeAccessedByLayers("geo-maven-plugin", "geo-examples")
      .whereLayer("geo-jsonld").mayOnlyBeAccessedByLayers("geo-core", "geo-maven-plugin", "geo-examples");

  @ArchTest
  static final ArchRule libraries_neverUseMaven = noClasses()
      .that().resideInAnyPackage("nl.geokern.jsonld..", "nl.geokern.core..")
      .should().dependOnClassesThat().resideInAPackage("org.apache.maven..");

  @ArchTest
  static final ArchRule jsonld_needsOnlyTheJdkAndJacksonCore = classes()
      .that().resideInAPackage("nl.geokern.jsonld..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "nl.geokern.jsonld..",
          "com.fasterxml.jackson.core..");

  @ArchTest
  static final ArchRule packages_haveNoCycles = slices().matching("nl.geokern.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule internalPackages_areUsedOnlyByTheirOwner = classes()
      .that().resideInAPackage("nl.geokern..")
      .should(notUseAnotherPackagesInternals());

  @ArchTest
  static final ArchRule publicSignatures_useOnlyJdkAndGeoTypes = classes()
      .that().resideInAnyPackage("nl.geokern.jsonld..", "nl.geokern.core..")
      .and().resideOutsideOfPackage("..internal..")
      .should(havePublicSignaturesOfJdkAndGeoTypesOnly());

  /**
   * {@code a.b.internal} (and its sub-packages) belong to {@code a.b}: only {@code a.b} and the
   * packages below it may use them.
   */
  private static ArchCondition<JavaClass> notUseAnotherPackagesInternals() {
    return new ArchCondition<>("use no other package's internal package") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String from = origin.getPackageName();
        origin.getDirectDependenciesFromSelf().forEach(d -> {
          String target = d.getTargetClass().getBaseComponentType().getPackageName();
          owner(target).ifPresent(owner -> {
            if (!from.equals(owner) && !from.startsWith(owner + ".")) {
              events.add(SimpleConditionEvent.violated(d, d.getDescription()));
            }
          });
        });
      }
    };
  }

  /** The package an internal package belongs to: {@code a.b} for {@code a.b.internal.c}. */
  private static Optional<String> owner(String pkg) {
    int at = ("." + pkg + ".").indexOf(".internal.");
    return at < 0 ? Optional.empty() : Optional.of(pkg.substring(0, at - 1));
  }

  /**
   * Public and protected methods, constructors and fields of public types name only JDK and geo
   * types, type arguments included: a caller never needs a library geo uses inside.
   */
  private static ArchCondition<JavaClass> havePublicSignaturesOfJdkAndGeoTypesOnly() {
    return new ArchCondition<>("have public signatures of JDK and geo types only") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        if (!isVisible(type)) {
          return;
        }
        for (JavaMember member : visibleMembers(type)) {
          List<JavaType> types = new ArrayList<>();
          if (member instanceof JavaCodeUnit code) {
            types.add(code.getReturnType());
            types.addAll(code.getParameterTypes());
          } else if (member instanceof JavaField field) {
            types.add(field.getType());
          }
          types.stream().flatMap(t -> t.getAllInvolvedRawTypes().stream())
              .map(JavaClass::getBaseComponentType)
              .filter(t -> !t.isPrimitive() && !t.getPackageName().startsWith("java.")
                  && !t.getPackageName().startsWith("nl.geokern."))
              .distinct()
              .forEach(foreign -> events.add(SimpleConditionEvent.violated(member,
                  member.getFullName() + " names " + foreign.getName() + " in its public signature")));
        }
      }
    };
  }

  /** A public type that is not nested in a type outside callers' reach. */
  private static boolean isVisible(JavaClass type) {
    for (Optional<JavaClass> t = Optional.of(type); t.isPresent(); t = t.get().getEnclosingClass()) {
      if (!t.get().getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private static List<JavaMember> visibleMembers(JavaClass type) {
    List<JavaMember> members = new ArrayList<>();
    members.addAll(type.getMethods());
    members.addAll(type.getConstructors());
    members.addAll(type.getFields());
    members.removeIf(m -> m.getModifiers().contains(JavaModifier.SYNTHETIC)
        || !(m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.PROTECTED)));
    return members;
  }
}
