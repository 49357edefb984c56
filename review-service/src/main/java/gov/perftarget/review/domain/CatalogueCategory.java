package gov.perftarget.review.domain;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A category of indicator-service's catalogue: a 一级 category with its 二级 children. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogueCategory(String code, int level, String name, String nameEn, List<CatalogueCategory> children) {

    /** Codes of the 一级 categories the rules name. */
    public static final String OUTPUT = "OUTPUT";
    public static final String OUTCOME = "OUTCOME";
    public static final String SATISFACTION = "SATISFACTION";
    /** The 二级 category whose absence matters most (2018 central opinion on performance targets). */
    public static final String COST = "COST";

    public List<CatalogueCategory> childrenOrEmpty() {
        return children == null ? List.of() : children;
    }
}
