package gov.perftarget.review.service;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import gov.perftarget.review.client.IndicatorServiceClient;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the automatic pre-review ({@code perftarget.pre-review.*}). */
@ConfigMapping(prefix = "perftarget.pre-review")
public interface PreReviewConfig {

    /** How often pending reviews are swept for (an opened review starts a run at once; read by the {@code @Scheduled} sweep). */
    @WithDefault("1s")
    Duration interval();

    /**
     * How long after an opened review's commit its pre-review starts: indicator-service freezes the
     * revision's indicators from the same event at the same moment, and the reviews opened meanwhile join
     * the batch (fewer lookups, fewer that find their indicators not frozen yet and wait to be tried again).
     */
    @WithDefault("100ms")
    Duration linger();

    /** How many pending reviews one batch holds at most (at most 100: its frozen indicators are read in one lookup). */
    @WithDefault("50")
    @Min(1)
    @Max(IndicatorServiceClient.MAX_LOOKUP)
    int batchSize();

    /**
     * How many runs may work off a backlog side by side, each on its own thread with its own batch (a
     * run that finds a full batch calls in the next one; when the machine is quiet, one run does it all).
     */
    @WithDefault("3")
    @Min(1)
    int parallelRuns();

    /** How long indicator-service's catalogue of categories is used before it is read again (it changes only with a release). */
    @WithDefault("5m")
    Duration catalogueMaxAge();
}
