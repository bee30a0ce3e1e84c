package org.accolade.nomination;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person reads beside a recognition task's form: the badge and its criteria, who is nominated, by whom and
 * why, the round, the latest evidence (to review, or, for the nominee, to start again from with the jury's comments
 * on it), the jury's comments of earlier rounds and the timeline. The task screen reads these fields; the API gets
 * them as the task's data ({@link #formData()}), whose keys are written only here.
 *
 * @param evidence       the latest evidence, or null before any
 * @param evidenceToEdit the task is the nominee's next evidence, which starts from {@code evidence}
 * @param juryFeedback   for the nominee's next evidence, the jury's comments on the latest
 */
public record RecognitionTaskContext(String badgeName, String badgeCriteria, String nomineeName,
        String nominatorName, String nominationNarrative, int round, int maxRounds, Evidence evidence,
        boolean evidenceToEdit, List<String> juryFeedback, List<EarlierComment> earlierComments,
        List<TimelineEntry> timeline) {

    public record Evidence(String narrative, List<Item> items) {
    }

    public record Item(String name, String url, String description) {
    }

    public record EarlierComment(int round, String comment) {
    }

    /** Evidence for the jury to weigh, as opposed to the nominee's own draft. */
    public boolean evidenceToReview() {
        return evidence != null && !evidenceToEdit;
    }

    /** As plain values, the way the forms and API clients read them (a form prefills {@code narrative}, items). */
    public Map<String, Object> formData() {
        Map<String, Object> data = new HashMap<>();
        data.put("badgeName", badgeName);
        data.put("badgeCriteria", badgeCriteria);
        data.put("nomineeName", nomineeName);
        data.put("nominatorName", nominatorName);
        data.put("nominationNarrative", nominationNarrative);
        data.put("round", round);
        data.put("maxRounds", maxRounds);
        if (evidence != null) {
            putEvidence(data);
        }
        data.put("earlierComments", earlierComments.stream()
                .map(comment -> Map.<String, Object>of("round", comment.round(), "comment", comment.comment()))
                .toList());
        data.put("timeline", timeline.stream().map(RecognitionTaskContext::step).toList());
        return data;
    }

    private void putEvidence(Map<String, Object> data) {
        List<Map<String, String>> items = evidence.items().stream().map(RecognitionTaskContext::item).toList();
        if (evidenceToEdit) {
            data.put("narrative", evidence.narrative());
            data.put("items", items);
            data.put("juryFeedback", juryFeedback);
        } else {
            data.put("evidenceNarrative", evidence.narrative());
            data.put("evidenceItems", items);
        }
    }

    private static Map<String, Object> step(TimelineEntry entry) {
        Map<String, Object> step = new HashMap<>();
        step.put("at", entry.at());
        step.put("activityId", entry.activityId());
        step.put("name", entry.name());
        step.put("ended", entry.ended());
        return step;
    }

    private static Map<String, String> item(Item item) {
        Map<String, String> map = new HashMap<>();
        map.put("name", item.name());
        map.put("url", item.url());
        map.put("description", item.description());
        return map;
    }
}
