package gov.perftarget.indicator.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.Problem;
import gov.perftarget.indicator.domain.Category;
import gov.perftarget.indicator.domain.DeclarationState;
import gov.perftarget.indicator.domain.Indicator;
import gov.perftarget.indicator.rest.IndicatorSetRequest;

/** A declaration's indicators: the editable working copy and the copies frozen per revision. */
@ApplicationScoped
public class IndicatorService {

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Category> catalogue() {
        Map<String, Category> byCode = new LinkedHashMap<>();
        Category.allInOrder().forEach(category -> byCode.put(category.code, category));
        return byCode;
    }

    /**
     * Replaces the working copy with the given list, in its order. Refused while the declaration
     * is submitted, and when a 二级 category does not belong to its 一级 category.
     */
    @Transactional
    public List<Indicator> replaceWorkingCopy(UUID declarationId, IndicatorSetRequest request) {
        if (DeclarationState.isLocked(declarationId)) {
            throw ApiException.conflict("declaration-not-editable",
                    "申报表已提交，指标不能修改",
                    "The declaration is submitted; its indicators cannot be changed");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < request.indicators().size(); i++) {
            IndicatorSetRequest.IndicatorRequest item = request.indicators().get(i);
            String field = "indicators[" + i + "]";
            Category level1 = Category.byCodeOrName(item.level1Category()).filter(c -> c.level == 1).orElse(null);
            Category level2 = Category.byCodeOrName(item.level2Category()).filter(c -> c.level == 2).orElse(null);
            if (level1 == null) {
                errors.add(new Problem.FieldError(field + ".level1Category",
                        "不是一级指标：" + item.level1Category(), "Not a level-1 category: " + item.level1Category()));
            }
            if (level2 == null) {
                errors.add(new Problem.FieldError(field + ".level2Category",
                        "不是二级指标：" + item.level2Category(), "Not a level-2 category: " + item.level2Category()));
            } else if (level1 != null && !level1.code.equals(level2.parentCode)) {
                errors.add(new Problem.FieldError(field + ".level2Category",
                        level2.name + " 不属于 " + level1.name,
                        level2.nameEn + " does not belong to " + level1.nameEn));
            }
            if (level1 == null || level2 == null) {
                continue;
            }
            Indicator indicator = new Indicator();
            indicator.id = UUID.randomUUID();
            indicator.declarationId = declarationId;
            indicator.revision = Indicator.WORKING_COPY;
            indicator.position = i + 1;
            indicator.level1Category = level1.code;
            indicator.level2Category = level2.code;
            indicator.name = item.name().strip();
            // target texts are kept exactly as written: the review compares them character by character
            indicator.periodTarget = item.periodTarget();
            indicator.annualTarget = item.annualTarget();
            indicator.weight = item.weight();
            indicators.add(indicator);
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable("invalid-category", "指标分类不正确", "Invalid indicator categories",
                    errors);
        }
        Indicator.delete("declarationId = ?1 and revision = ?2", declarationId, Indicator.WORKING_COPY);
        Indicator.getEntityManager().flush();
        Indicator.persist(indicators);
        return indicators;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Indicator> workingCopy(UUID declarationId) {
        return Indicator.of(declarationId, Indicator.WORKING_COPY);
    }

    /** The indicators frozen with revision {@code revision}; 404 until that submission has reached this service. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Indicator> frozen(UUID declarationId, int revision) {
        DeclarationState state = DeclarationState.findById(declarationId);
        if (revision < 1 || state == null || state.latestRevision < revision) {
            throw ApiException.notFound("指标修订版本", "indicator revision", declarationId + "/revisions/" + revision);
        }
        return Indicator.of(declarationId, revision);
    }
}
