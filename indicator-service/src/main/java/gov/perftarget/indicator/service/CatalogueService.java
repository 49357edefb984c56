package gov.perftarget.indicator.service;

import static gov.perftarget.indicator.Messages.MESSAGES;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import gov.perftarget.api.InvalidField;
import gov.perftarget.indicator.domain.Category;

/**
 * The indicator catalogue (指标目录), and the check that a 二级 category belongs to its 一级 category.
 * The catalogue is reference data that only a migration changes, so it is read once and kept: every
 * indicator a department saves is placed in it, which made the table the most read of the service.
 */
@ApplicationScoped
public class CatalogueService {

    private volatile List<Category> categories;

    /** A checked pair of categories. */
    public record Placement(Category level1, Category level2) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Category> byCode() {
        Map<String, Category> byCode = new LinkedHashMap<>();
        all().forEach(category -> byCode.put(category.code, category));
        return byCode;
    }

    /** Finds a category by its code or by its Chinese name, as forms write it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Category> byCodeOrName(String codeOrName) {
        String key = codeOrName == null ? "" : codeOrName.strip();
        return all().stream().filter(category -> category.code.equals(key) || category.name.equals(key)).findFirst();
    }

    /** Every category in catalogue order, read from the database the first time. */
    private List<Category> all() {
        List<Category> all = categories;
        if (all == null) {
            all = List.copyOf(Category.allInOrder());
            categories = all;
        }
        return all;
    }

    /**
     * Finds both categories by code or Chinese name and checks that they fit together; otherwise
     * adds the field errors (under {@code fieldPrefix}) and returns nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Placement> place(String level1Name, String level2Name, String fieldPrefix,
            List<InvalidField> errors) {
        Category level1 = byCodeOrName(level1Name).filter(c -> c.level == 1).orElse(null);
        Category level2 = byCodeOrName(level2Name).filter(c -> c.level == 2).orElse(null);
        if (level1 == null) {
            errors.add(new InvalidField(fieldPrefix + "level1Category",
                    MESSAGES.text("category.not-level1", level1Name)));
        }
        if (level2 == null) {
            errors.add(new InvalidField(fieldPrefix + "level2Category",
                    MESSAGES.text("category.not-level2", level2Name)));
        } else if (level1 != null && !level1.code.equals(level2.parentCode)) {
            errors.add(new InvalidField(fieldPrefix + "level2Category",
                    MESSAGES.text("category.not-under-level1",
                            level2.name, level1.name, level2.nameEn, level1.nameEn)));
            return Optional.empty();
        }
        return level1 == null || level2 == null ? Optional.empty() : Optional.of(new Placement(level1, level2));
    }
}
