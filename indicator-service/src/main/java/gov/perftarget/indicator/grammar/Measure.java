package gov.perftarget.indicator.grammar;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import gov.perftarget.api.ApiDocumentFilter;

/**
 * 指标值 (parsed): one target read from a value cell. A cell may hold several, e.g.
 * {@code 1.新增省级以上孵化载体15家； 2.国家级孵化器运营评价优秀数量位居全国前列。}.
 *
 * @param nature          QUANTITATIVE or QUALITATIVE
 * @param metric          what is measured, for a quantitative measure (the text before the sign)
 * @param comparator      the sign; a quantity written without one is read as ≥ ({@code signMissing})
 * @param value           the number as written, exact; the lower bound of a range
 * @param upperValue      the upper bound of a range, else null
 * @param unit            the unit as written (项, 家, %, 亿元, 亿 …), null if none
 * @param normalizedValue the value in {@code normalizedUnit} where the unit converts (亿元 → 万元), else the value
 * @param normalizedUnit  the unit of comparison (万元 for money, 人 for 万人 …)
 * @param text            the measure's own text as written, without its item number and closing punctuation
 * @param signMissing     a quantity written without a sign, read as ≥
 * @param warnings        what the reader of the cell should check: {@link ParseWarning}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
// a null field is left out, so the API documents do not call its fields always given
@Schema(extensions = @Extension(name = ApiDocumentFilter.OMITS_NULLS, parseValue = true, value = "true"))
public record Measure(
        Nature nature,
        String metric,
        TargetComparator comparator,
        BigDecimal value,
        BigDecimal upperValue,
        String unit,
        BigDecimal normalizedValue,
        String normalizedUnit,
        String text,
        boolean signMissing,
        List<ParseWarning> warnings) {

    public static Measure qualitative(String text) {
        return new Measure(Nature.QUALITATIVE, null, null, null, null, null, null, null, text, false, List.of());
    }
}
