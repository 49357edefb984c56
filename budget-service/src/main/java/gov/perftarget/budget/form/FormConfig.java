package gov.perftarget.budget.form;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the official form's export. */
@ConfigMapping(prefix = "perftarget.form")
public interface FormConfig {

    /**
     * The CJK fonts a PDF may take its glyphs from, the first that exists (a TrueType font or collection): Debian's
     * {@code fonts-wqy-zenhei}, installed by the run and test commands and in the images.
     */
    @WithDefault("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    List<String> fonts();
}
