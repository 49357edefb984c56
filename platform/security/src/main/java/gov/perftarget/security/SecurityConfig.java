package gov.perftarget.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the callers' identity ({@code perftarget.security.*}); the token checks themselves are {@code mp.jwt.*}. */
@ConfigMapping(prefix = "perftarget.security")
public interface SecurityConfig {

    /** The claim that names a declarant's department (its department code). */
    @WithDefault("department")
    String departmentClaim();
}
