package gov.perftarget.api;

import static gov.perftarget.api.Messages.MESSAGES;

import gov.perftarget.messages.BilingualText;

import java.io.IOException;
import java.math.BigDecimal;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * What a request body may hold, beyond its fields' own rules: nothing the database cannot store or the
 * service cannot read back. Text without control characters (other than tab and line breaks) or lone
 * surrogates, which PostgreSQL refuses or would store as {@code ?}; decimals of bounded digits and
 * scale (a value like {@code 1e-1100} would be stored and then be unreadable); whole numbers written as
 * whole numbers ({@code 1.5} is not read as 1); bodies of bounded nesting. Each is a 400 on the field.
 */
@Singleton
public class StrictJsonInput implements ObjectMapperCustomizer {

    /** The most significant digits of a decimal: more than any amount or target needs. */
    public static final int MAX_PRECISION = 34;
    /** The most digits after (or, negative, before) the point a decimal may be written with. */
    public static final int MAX_SCALE = 20;
    private static final int MAX_NESTING = 64;

    /** A value the service refuses to read; {@link ProblemMappers} names its field and says why. */
    public static class RefusedValue extends JsonMappingException {

        private final BilingualText reason;

        RefusedValue(JsonParser parser, BilingualText reason) {
            super(parser, reason.en());
            this.reason = reason;
        }

        /** The message in both languages; the field is the exception's path. */
        public BilingualText reason() {
            return reason;
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING).maxNumberLength(MAX_PRECISION + MAX_SCALE + 10).build());
        SimpleModule strict = new SimpleModule("strict-json-input");
        strict.addDeserializer(String.class, new StdScalarDeserializer<>(String.class) {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String text = StringDeserializer.instance.deserialize(parser, context);
                if (text != null && !storable(text)) {
                    throw new RefusedValue(parser, MESSAGES.text("json.text-unstorable"));
                }
                return text;
            }
        });
        strict.addDeserializer(BigDecimal.class, new StdScalarDeserializer<>(BigDecimal.class) {
            @Override
            public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
                if (value != null && !bounded(value)) {
                    throw new RefusedValue(parser,
                            MESSAGES.text("json.number-too-long", MAX_PRECISION, MAX_SCALE));
                }
                return value;
            }
        });
        mapper.registerModule(strict);
    }

    /** Whether PostgreSQL can store the text as it is: no NUL or other control character, no lone surrogate. */
    public static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a decimal's digits and scale are within bounds. */
    public static boolean bounded(BigDecimal value) {
        return value.precision() <= MAX_PRECISION && Math.abs(value.scale()) <= MAX_SCALE;
    }
}
