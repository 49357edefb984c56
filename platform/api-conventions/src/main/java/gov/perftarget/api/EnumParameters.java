package gov.perftarget.api;

import static gov.perftarget.api.Messages.MESSAGES;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads enum and date-time query and path parameters ({@code status=UNDER_REVIEW},
 * {@code from=2026-03-01T00:00:00+08:00}) so that a value that does not fit is a 400 naming the
 * parameter and what it takes, instead of the 404 JAX-RS gives by default.
 */
@Provider
public class EnumParameters implements ParamConverterProvider {

    /** A parameter value that is not one of its enum's constants. */
    public static class InvalidValue extends BadRequestException {
        private final transient InvalidField error;

        InvalidValue(InvalidField error) {
            super(error.messageEn());
            this.error = error;
        }

        public InvalidField error() {
            return error;
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) new DateTimeConverter(name(annotations));
        }
        if (!rawType.isEnum()) {
            return null;
        }
        String name = name(annotations);
        List<String> allowed = Arrays.stream(rawType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        return new ParamConverter<T>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return (T) Enum.valueOf((Class) rawType, value);
                } catch (IllegalArgumentException e) {
                    throw new InvalidValue(new InvalidField(name,
                            MESSAGES.text("parameter.not-one-of", name, allowed)));
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : ((Enum<?>) value).name();
            }
        };
    }

    /** ISO 8601 with an offset, e.g. {@code 2026-03-01T00:00:00+08:00}. */
    private record DateTimeConverter(String name) implements ParamConverter<OffsetDateTime> {

        @Override
        public OffsetDateTime fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return OffsetDateTime.parse(value);
            } catch (DateTimeParseException e) {
                throw new InvalidValue(new InvalidField(name, MESSAGES.text("parameter.not-a-date-time", name)));
            }
        }

        @Override
        public String toString(OffsetDateTime value) {
            return value == null ? null : value.toString();
        }
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return "";
    }
}
