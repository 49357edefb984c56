package gov.perftarget.budget.service;

import static gov.perftarget.budget.Messages.MESSAGES;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.InvalidField;
import gov.perftarget.api.ProblemType;
import gov.perftarget.budget.client.IndicatorServiceClient;
import gov.perftarget.messages.BilingualText;
import gov.perftarget.security.Caller;
import io.quarkus.logging.Log;

/**
 * The indicator set a submission names (提交的指标集版本): indicator-service freezes exactly that version, so a
 * version it does not keep (never written, or dropped by an earlier freeze) is refused here, before anything is
 * submitted. When indicator-service cannot answer, the submission goes ahead (a submission must not wait for
 * it) and the pre-review reports a set frozen empty.
 * <p>At most {@code perftarget.submit.indicator-set-checks} submissions ask at once; the others go ahead
 * unchecked. indicator-service asks this service who owns a declaration it has not seen before, so submissions
 * waiting for it must never take all of this service's request threads: under deadline-day load they did, and
 * both services' threads ended up waiting for each other until their timeouts.
 */
@ApplicationScoped
public class SubmittedIndicatorSet {

    private final Caller caller;
    private final IndicatorServiceClient indicatorService;
    private final Semaphore checks;

    public SubmittedIndicatorSet(Caller caller, @RestClient IndicatorServiceClient indicatorService,
            @ConfigProperty(name = "perftarget.submit.indicator-set-checks", defaultValue = "8") int concurrentChecks) {
        this.caller = caller;
        this.indicatorService = indicatorService;
        this.checks = new Semaphore(concurrentChecks);
    }

    /** 422 on {@code indicatorSetVersion} when indicator-service answers that it does not keep this version. */
    public void requireKept(UUID declarationId, int version) {
        if (!checks.tryAcquire()) {
            Log.debugf("Declaration %s submitted with indicator set version %d unchecked: %d checks under way",
                    declarationId, version, checks.availablePermits());
            return;
        }
        try {
            ask(declarationId, version);
        } finally {
            checks.release();
        }
    }

    private void ask(UUID declarationId, int version) {
        try {
            indicatorService.indicatorSetVersion("Bearer " + caller.bearerToken().orElse(""), declarationId, version);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                BilingualText text = MESSAGES.text("problem.indicator-set-unknown", version);
                throw ApiException.unprocessable(ProblemType.INDICATOR_SET_UNKNOWN, text,
                        List.of(new InvalidField("indicatorSetVersion", text)));
            }
            Log.warnf("indicator-service answered %d on indicator set version %d of declaration %s: submitted unchecked",
                    e.getResponse().getStatus(), version, declarationId);
        } catch (ProcessingException e) {
            Log.warnf("indicator-service cannot be reached (%s): declaration %s submitted with indicator set version %d"
                    + " unchecked", e.getMessage(), declarationId, version);
        }
    }
}
