package org.trajectorystudio.app.judge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.trajectorystudio.model.task.CancelToken;
import org.trajectorystudio.inference.engine.CompletionEngine;
import org.trajectorystudio.inference.engine.CompletionRequest;
import org.trajectorystudio.inference.engine.CompletionResult;
import org.trajectorystudio.inference.engine.EngineException;
import org.trajectorystudio.inference.engine.Sampling;
import org.trajectorystudio.model.judge.JudgePrompt;
import org.trajectorystudio.model.judge.JudgeReply;
import org.trajectorystudio.model.judge.Rubric;
import org.trajectorystudio.model.render.ChatMessage;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.judge.Suggestions;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.PageCursor;
import org.trajectorystudio.persistence.query.SamplePage;
import org.trajectorystudio.persistence.query.SampleQuery;
import org.trajectorystudio.persistence.query.SampleSummary;
import tools.jackson.databind.node.ObjectNode;
import org.trajectorystudio.model.task.Progress;
import org.trajectorystudio.model.task.ProgressListener;

/**
 * Runs a rubric over a selection with a local model and logs each answer as a suggestion by {@code judge:<model>}.
 * Items the judge already answered with this rubric are skipped, so a run stopped (cancelled, killed, restarted)
 * resumes where it was by running it again. Several items run at once for a server ({@code concurrency}); an
 * engine error skips the item (it is retried next run), an unreadable reply is logged as such (not retried).
 */
public final class JudgeRun {
    /** Replies are short: a verdict or an option number, perhaps after some reasoning. */
    public static final Sampling SAMPLING = new Sampling(0, 1, 256, 0L, List.of());
    static final int REPLY_CHARS = 2000;

    public record Outcome(int samples, int judged, int skipped, int unreadable, int failed, boolean cancelled,
            Duration elapsed, String firstFailure) {}

    private final Library library;
    private final CompletionEngine engine;
    private final String model;
    private final Rubric rubric;

    public JudgeRun(Library library, CompletionEngine engine, String model, Rubric rubric) {
        this.library = library;
        this.engine = engine;
        this.model = model;
        this.rubric = rubric;
    }

    /** The ids a query selects, in its order, at most {@code limit}. */
    public static List<String> select(Library library, SampleQuery query, int limit) {
        List<String> ids = new ArrayList<>();
        Optional<PageCursor> cursor = Optional.empty();
        do {
            int page = Math.min(1000, limit - ids.size());
            SamplePage rows = cursor.isEmpty() ? library.samples().page(query, page) : library.samples().page(query, cursor.get(), page);
            rows.rows().stream().map(SampleSummary::id).forEach(ids::add);
            cursor = rows.next();
        } while (cursor.isPresent() && ids.size() < limit);
        return ids;
    }

    /** Reports after each sample how many of {@code sampleIds} are done; {@code cancel} stops the requests in flight. */
    public Outcome run(List<String> sampleIds, int concurrency, ProgressListener progress, CancelToken cancel) {
        long started = System.nanoTime();
        String annotator = Suggestions.annotator(model);
        Set<String> done = library.suggestions().done(annotator, rubric.name());
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger judged = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        AtomicInteger unreadable = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<String> firstFailure = new java.util.concurrent.atomic.AtomicReference<>();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, concurrency),
                Thread.ofPlatform().daemon().name("judge-", 0).factory());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (String id : sampleIds) {
                running.add(workers.submit(() -> {
                    if (!cancel.isCancelled()) {
                        Sample sample = library.samples().load(id).orElse(null);
                        for (Integer step : steps(sample)) {
                            if (cancel.isCancelled()) {
                                break;
                            }
                            if (done.contains(Suggestions.key(id, step))) {
                                skipped.incrementAndGet();
                                continue;
                            }
                            try {
                                Answer answer = judge(sample, step, annotator, cancel);
                                if (answer == Answer.UNREADABLE) {
                                    unreadable.incrementAndGet();
                                }
                                if (answer != Answer.CANCELLED) {
                                    judged.incrementAndGet();
                                }
                            } catch (EngineException e) {
                                failed.incrementAndGet();
                                firstFailure.compareAndSet(null, e.getMessage());
                            }
                        }
                    }
                    int now = finished.incrementAndGet();
                    progress.progress(new Progress(now, sampleIds.size(), "samples", now + " of " + sampleIds.size() + " samples"));
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel.cancel();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } finally {
            workers.shutdownNow();
        }
        return new Outcome(sampleIds.size(), judged.get(), skipped.get(), unreadable.get(), failed.get(), cancel.isCancelled(),
                Duration.ofNanos(System.nanoTime() - started), firstFailure.get());
    }

    /** The items of a sample: itself (null) for a sample rubric, its HAS steps (1-based) for a per-step one. */
    private List<Integer> steps(Sample sample) {
        if (sample == null) {
            return List.of();
        }
        if (!rubric.perStep()) {
            return java.util.Collections.singletonList(null);
        }
        List<Integer> steps = new ArrayList<>();
        for (int i = 0; i < sample.steps().size(); i++) {
            if (sample.steps().get(i).isDecision()) {
                steps.add(i + 1);
            }
        }
        return steps;
    }

    private enum Answer { READ, UNREADABLE, CANCELLED }

    /** Asks the model and logs its answer (nothing when cancelled: the item is asked again next run). */
    private Answer judge(Sample sample, Integer step, String annotator, CancelToken cancel) throws EngineException {
        int index = step == null ? 0 : step - 1;
        String prompt = JudgePrompt.render(rubric, sample, index);
        CompletionResult result = engine.complete(
                CompletionRequest.chat(List.of(new ChatMessage(ChatMessage.USER, prompt, false, -1)), SAMPLING), piece -> {}, cancel);
        if (result.finishReason() == CompletionResult.FinishReason.CANCELLED) {
            return Answer.CANCELLED;
        }
        int options = step == null ? 0 : sample.steps().get(index).candidates().size();
        JudgeReply reply = JudgeReply.parse(rubric, result.text(), options);
        ObjectNode payload = Suggestions.payload(rubric.name(), model, step);
        switch (reply) {
            case JudgeReply.Verdict verdict -> payload.put("verdict", (verdict.correct() ? Verdict.ACCEPTED : Verdict.REJECTED).wireName());
            case JudgeReply.Option option -> payload.put("option", option.number());
            case JudgeReply.Unreadable why -> payload.put("unreadable", why.reason());
        }
        String text = result.text().strip();
        payload.put("reply", text.length() <= REPLY_CHARS ? text : text.substring(0, REPLY_CHARS) + "…");
        library.curation().as(annotator).suggest(sample.id(), payload);
        return reply instanceof JudgeReply.Unreadable ? Answer.UNREADABLE : Answer.READ;
    }
}
