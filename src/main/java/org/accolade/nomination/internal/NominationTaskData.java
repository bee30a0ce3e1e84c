package org.accolade.nomination.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.Member;
import org.accolade.community.MemberId;
import org.accolade.community.MemberService;
import org.accolade.nomination.TimelineEntry;
import org.accolade.security.CurrentMember;
import org.accolade.tasks.TaskDataProvider;
import org.accolade.tasks.TaskHeadline;
import org.accolade.tasks.TaskRef;
import org.springframework.stereotype.Component;

/**
 * What a person needs beside a recognition task's form: the badge and its criteria, who is nominated and why;
 * and, for evidence, the previous round's answer to start from and the jury's comments on it.
 */
@Component
class NominationTaskData implements TaskDataProvider {

    private final NominationRepository nominations;
    private final EvidenceRepository evidence;
    private final ReviewRepository reviews;
    private final BadgeClassService badgeClasses;
    private final MemberService members;
    private final NominationTimeline timeline;
    private final CurrentMember currentMember;

    NominationTaskData(NominationRepository nominations, EvidenceRepository evidence, ReviewRepository reviews,
            BadgeClassService badgeClasses, MemberService members, NominationTimeline timeline,
            CurrentMember currentMember) {
        this.nominations = nominations;
        this.evidence = evidence;
        this.reviews = reviews;
        this.badgeClasses = badgeClasses;
        this.members = members;
        this.timeline = timeline;
        this.currentMember = currentMember;
    }

    @Override
    public Map<String, Object> dataFor(TaskRef task) {
        if (!RecognitionContract.PROCESS_KEY.equals(task.processDefinitionKey())) {
            return Map.of();
        }
        Nomination nomination = nominations.findById(UUID.fromString(task.businessKey())).orElseThrow();
        BadgeClass badge = badgeClasses.get(nomination.badgeClassId());
        Map<String, Object> data = new HashMap<>();
        data.put("badgeName", badge.name());
        data.put("badgeCriteria", badge.criteria());
        data.put("nomineeName", members.get(nomination.nomineeId()).displayName());
        data.put("nominatorName", members.get(nomination.nominatorId()).displayName());
        data.put("nominationNarrative", nomination.narrative());
        data.put("round", nomination.round());
        data.put("maxRounds", badge.review().maxRounds());
        latestEvidence(nomination, data, RecognitionContract.SUBMIT_EVIDENCE.equals(task.taskDefinitionKey()));
        data.put("earlierComments", earlierComments(nomination));
        data.put("timeline", timeline.of(nomination.id(), nomination.involves(currentMember.id())).stream()
                .map(NominationTaskData::step).toList());
        return data;
    }

    /**
     * One read of the page's nominations; each distinct nominee and badge class is then read once, and remembered
     * for the transaction.
     */
    @Override
    public Map<String, TaskHeadline> headlinesFor(Collection<TaskRef> tasks) {
        List<TaskRef> ours = tasks.stream()
                .filter(task -> RecognitionContract.PROCESS_KEY.equals(task.processDefinitionKey())).toList();
        if (ours.isEmpty()) {
            return Map.of();
        }
        Map<String, Nomination> byId = nominations.findAllById(ours.stream()
                .map(task -> UUID.fromString(task.businessKey())).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(nomination -> nomination.id().value().toString(), Function.identity()));
        Map<MemberId, String> nominees = members.getAll(byId.values().stream().map(Nomination::nomineeId)
                .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Member::id, Member::displayName));
        Map<String, TaskHeadline> headlines = new HashMap<>();
        for (TaskRef task : ours) {
            Nomination nomination = byId.get(task.businessKey());
            if (nomination != null) {
                headlines.put(task.taskId(), new TaskHeadline(badgeClasses.get(nomination.badgeClassId()).name(),
                        nominees.get(nomination.nomineeId())));
            }
        }
        return headlines;
    }

    /** The jury's comments of the rounds before this one, each with its round, for the person deciding now. */
    private List<Map<String, Object>> earlierComments(Nomination nomination) {
        return reviews.findByNominationIdOrderByRoundAscDecidedAtAsc(nomination.id().value()).stream()
                .filter(review -> review.round() < nomination.round())
                .map(review -> Map.<String, Object>of("round", review.round(), "comment", review.comment()))
                .toList();
    }

    /** The nominee starts again from their last answer; jurors read it as the evidence to review. */
    private void latestEvidence(Nomination nomination, Map<String, Object> data, boolean prefill) {
        List<Evidence> rounds = evidence.findByNominationIdOrderByRound(nomination.id().value());
        if (rounds.isEmpty()) {
            return;
        }
        Evidence latest = rounds.get(rounds.size() - 1);
        List<Map<String, String>> items = latest.items().stream().map(NominationTaskData::item).toList();
        if (prefill) {
            data.put("narrative", latest.narrative());
            data.put("items", items);
            data.put("juryFeedback", reviews.findByNominationIdAndRound(nomination.id().value(), latest.round())
                    .stream().map(Review::comment).toList());
        } else {
            data.put("evidenceNarrative", latest.narrative());
            data.put("evidenceItems", items);
        }
    }

    /** Timeline steps as plain values: the task list knows no nomination types. */
    private static Map<String, Object> step(TimelineEntry entry) {
        Map<String, Object> step = new HashMap<>();
        step.put("at", entry.at());
        step.put("activityId", entry.activityId());
        step.put("name", entry.name());
        step.put("ended", entry.ended());
        return step;
    }

    private static Map<String, String> item(EvidenceItem item) {
        Map<String, String> map = new HashMap<>();
        map.put("name", item.name());
        map.put("url", item.url());
        map.put("description", item.description());
        return map;
    }
}
