package dev.gmg.io;

import dev.gmg.model.Dataset;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Bean Validation of model objects with Hibernate Validator, and the translation of its property paths into the
 * JSON paths of the file format ({@code agencyId} is written {@code agency}, {@code parentId} {@code parent}).
 *
 * <p>The model's accessors are not named {@code get*}, so the validator is told to treat every public no-argument
 * method that returns a value as a property. Messages are interpolated without an expression language
 * ({@link ParameterMessageInterpolator}), in English.
 */
final class BeanValidation {

    /** Keeps Hibernate Validator's start-up banner out of a user's console. */
    private static final Logger QUIET = Logger.getLogger("org.hibernate.validator");

    private BeanValidation() {
    }

    private static final class Holder {
        static final Validator VALIDATOR = build();
    }

    private static Validator build() {
        QUIET.setLevel(Level.WARNING);
        Logger.getLogger("org.jboss.logging").setLevel(Level.WARNING);
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .getterPropertySelectionStrategy(new AccessorStrategy())
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH,
                        false))
                .defaultLocale(Locale.ENGLISH)
                .buildValidatorFactory()
                .getValidator();
    }

    /** One violated constraint, at a JSON path relative to the validated object. */
    record Violation(String path, String message, Object invalidValue, boolean reference) {
    }

    static List<Violation> validate(Object value) {
        List<Violation> out = new ArrayList<>();
        for (ConstraintViolation<Object> v : Holder.VALIDATOR.validate(value)) {
            boolean reference = v.getConstraintDescriptor().getAnnotation() instanceof Dataset.ReferencesResolve;
            out.add(new Violation(jsonPath(v.getPropertyPath().toString()), v.getMessage(), v.getInvalidValue(),
                    reference));
        }
        // Hibernate Validator returns a set: two violations of one field would otherwise come in either order
        out.sort(java.util.Comparator.comparing(Violation::path).thenComparing(Violation::message));
        return out;
    }

    /** {@code activities[3].participants[0].agencyId} to {@code activities[3].participants[0].agency}. */
    static String jsonPath(String propertyPath) {
        return propertyPath.replaceAll("\\.?<[^>]*>", "")
                .replaceAll("\\bagencyId\\b", "agency")
                .replaceAll("\\bparentId\\b", "parent");
    }

    /** Found-value text for a message: a quoted string, or the value. */
    static Optional<String> describe(Object value) {
        if (value instanceof String s) {
            return Optional.of(Text.quote(s));
        }
        if (value instanceof Number || value instanceof Boolean) {
            return Optional.of(value.toString());
        }
        if (value instanceof Optional<?> o) {
            return o.flatMap(BeanValidation::describe);
        }
        if (value instanceof Collection<?> c) {
            return Optional.of(c.size() + " items");
        }
        return Optional.empty();
    }

    /** Treats every non-static, no-argument, value-returning method as a property named like the method. */
    static final class AccessorStrategy implements GetterPropertySelectionStrategy {

        private static final Set<String> NOT_PROPERTIES = Set.of("hashCode", "toString", "getClass", "clone",
                "builder", "values", "ordinal", "name");

        @Override
        public Optional<String> getProperty(ConstrainableExecutable executable) {
            if (executable.getParameterTypes().length != 0 || executable.getReturnType() == void.class
                    || NOT_PROPERTIES.contains(executable.getName())) {
                return Optional.empty();
            }
            return Optional.of(executable.getName());
        }

        @Override
        public List<String> getGetterMethodNameCandidates(String propertyName) {
            return List.of(propertyName);
        }
    }
}
