package gov.perftarget.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads enum query and path parameters ({@code status=UNDER_REVIEW}) so that an unknown value is a
 * 400 naming the parameter and the values it takes, instead of the 404 JAX-RS gives by default.
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
                            "参数 " + name + " 的取值只能是 " + allowed, "Parameter " + name + " must be one of " + allowed));
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : ((Enum<?>) value).name();
            }
        };
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
