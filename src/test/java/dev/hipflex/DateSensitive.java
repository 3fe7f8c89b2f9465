package dev.hipflex;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test class (or, where the rest of its class does not, a test) whose outcome depends on the date, the time
 * of day or the time zone. CI runs these again
 * with the application's clock started at each awkward instant of {@code .ci/awkward-instants} in that
 * instant's time zone ({@code .ci/dates.sh}); {@code -Dgroups=date-sensitive} selects them.
 */
@Documented
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Tag("date-sensitive")
public @interface DateSensitive {

}
