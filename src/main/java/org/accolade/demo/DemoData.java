package org.accolade.demo;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.accolade.catalog.Alignment;
import org.accolade.catalog.Audience;
import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.Deadlines;
import org.accolade.catalog.Issuer;
import org.accolade.catalog.IssuerService;
import org.accolade.catalog.NewOrganisation;
import org.accolade.catalog.NewBadgeClass;
import org.accolade.catalog.ReviewPolicy;
import org.accolade.catalog.ReviewRules;
import org.accolade.catalog.VerificationMethod;
import org.accolade.community.JuryId;
import org.accolade.community.JuryService;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.community.Membership;
import org.accolade.community.NewAccount;
import org.accolade.community.PartnerForm;
import org.accolade.community.PartnerId;
import org.accolade.community.PartnerService;
import org.accolade.community.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo network of DESIGN section 7, so that the whole lifecycle can be walked on one machine. Only under the
 * {@code demo} profile, which the README's {@code ./mvnw spring-boot:run} and the tests turn on; loaded once (an
 * existing organisation means it is there already). It goes through the secured services as people would: the
 * operator creates the two organisations of DESIGN section 9 and opens the accounts, and each organisation's admin
 * does the rest.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final String ADMIN = "admin";
    private static final String URSULA = "ursula";

    /** Where the demo badges sit in real competency frameworks, by badge key; the others have no alignment. */
    private static final Map<String, List<Alignment>> ALIGNMENTS = Map.of(
            "expert-numerique", List.of(new Alignment(
                    "1.1 Browsing, searching and filtering data and digital content",
                    "https://publications.jrc.ec.europa.eu/repository/handle/JRC128415",
                    "To articulate information needs, to search for data, information and content in digital "
                            + "environments, to access them and to navigate between them.",
                    "DigComp 2.2 (European Digital Competence Framework for Citizens)", "1.1")),
            "citoyen", List.of(new Alignment("La formation de la personne et du citoyen",
                    "https://eduscol.education.fr/139/le-socle-commun-de-connaissances-de-competences-et-de-culture",
                    "Ce domaine vise un apprentissage de la vie en société, de l’action collective et de la "
                            + "citoyenneté, par une formation morale et civique respectueuse des choix personnels et "
                            + "des responsabilités individuelles.",
                    "Socle commun de connaissances, de compétences et de culture", "D3")));
    /** The badges whose assertions carry the issuer's signature; the others are hosted. */
    private static final Set<String> SIGNED = Set.of("sentinelle");

    private final IssuerService issuers;
    private final BadgeClassService badgeClasses;
    private final MemberService members;
    private final JuryService juries;
    private final PartnerService partners;

    DemoData(IssuerService issuers, BadgeClassService badgeClasses, MemberService members, JuryService juries,
            PartnerService partners) {
        this.issuers = issuers;
        this.badgeClasses = badgeClasses;
        this.members = members;
        this.juries = juries;
        this.partners = partners;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!issuers.all().isEmpty()) {
            return;
        }
        as(List.of("ROLE_" + Role.SYSTEM_ADMIN), this::openNetwork);
    }

    /** The operator creates the two organisations and opens everyone's account; each admin does the rest. */
    private void openNetwork() {
        Issuer college = issuers.create(new NewOrganisation("college", "Collège démo des Trois-Clochers",
                "https://college.example.org", "contact@college.example.org", "Un collège qui reconnaît "
                        + "l’engagement et les compétences que les diplômes ne montrent pas.", Locale.FRENCH));
        Issuer universite = issuers.create(new NewOrganisation("universite", "Université démo",
                "https://universite.example.org", "contact@universite.example.org", "Une université qui "
                        + "reconnaît l’engagement étudiant et l’entraide entre étudiants.", Locale.FRENCH));
        Member admin = account(ADMIN, "Admin Démo", Set.of(Role.MEMBER, Role.SYSTEM_ADMIN),
                Membership.admin(college.id()), Membership.member(college.id()));
        Member ursula = account(URSULA, "Ursula Bernard", Set.of(Role.MEMBER),
                Membership.admin(universite.id()), Membership.member(universite.id()));
        account("alice", "Alice Martin", Set.of(Role.MEMBER), Membership.member(college.id()));
        account("bob", "Bob Durand", Set.of(Role.MEMBER), Membership.member(college.id()),
                Membership.member(universite.id()));
        List<Member> collegeJurors = List.of(collegeMember("claire", "Claire Petit", college),
                collegeMember("david", "David Leroy", college), collegeMember("emma", "Emma Moreau", college));
        List<Member> universityJurors = List.of(
                account("victor", "Victor Garnier", Set.of(Role.MEMBER), Membership.member(universite.id())),
                account("wendy", "Wendy Lambert", Set.of(Role.MEMBER), Membership.member(universite.id())));
        as(authorities(admin), () -> loadCollege(college, collegeJurors));
        as(authorities(ursula), () -> loadUniversity(universite, universityJurors));
    }

    /** Runs {@code action} signed in with these authorities, as a session would be. */
    private static void as(List<String> authorities, Runnable action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("demo-data",
                null, AuthorityUtils.createAuthorityList(authorities)));
        try {
            action.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private List<String> authorities(Member member) {
        return Stream.concat(member.roles().stream().map(role -> "ROLE_" + role),
                members.memberships(member.id()).stream().map(Membership::authority)).toList();
    }

    private void loadCollege(Issuer issuer, List<Member> jurors) {
        JuryId jury = juries.create(issuer.id(), "Jury du collège", jurors.stream().map(Member::id).toList());
        PartnerId partner = partners.create(new PartnerForm("Musée des Arts et Métiers",
                "https://musee-arts-metiers.example.org", "partner@example.org",
                "Un musée des techniques et de l’innovation qui accueille les projets des élèves du réseau et "
                        + "reconnaît leurs compétences numériques.")).id();

        BadgeClassId citoyen = badge(issuer, jury, "citoyen", "Citoyen",
                "S’engage dans la vie de l’établissement et de la cité.",
                "A participé activement à au moins une action citoyenne (conseil de vie, élection, "
                        + "débat, projet collectif) et peut en décrire l’apport.",
                ReviewPolicy.VOTES, Set.of(), Set.of());
        badge(issuer, jury, "solidaire", "Solidaire", "Aide les autres et agit pour le collectif.",
                "A mené ou soutenu une action d’entraide ou de solidarité, au sein de l’établissement ou "
                        + "au-delà.", ReviewPolicy.VOTES, Set.of(), Set.of());
        badge(issuer, jury, "sentinelle", "Sentinelle",
                "Veille sur les autres et sait alerter quand il le faut.",
                "A suivi la formation de sentinelle et a su repérer une situation à risque et alerter.",
                ReviewPolicy.PANEL, Set.of(), Set.of());
        badge(issuer, jury, "eco-citoyen", "Éco-citoyen", "Agit pour l’environnement au quotidien.",
                "A porté ou rejoint un projet de développement durable et en montre les effets.",
                ReviewPolicy.VOTES, Set.of(citoyen), Set.of());
        badge(issuer, jury, "creatif", "Créatif", "Invente, crée et partage ses réalisations.",
                "A conçu une réalisation originale (artistique, technique, numérique) et l’a présentée.",
                ReviewPolicy.VOTES, Set.of(), Set.of());
        badge(issuer, jury, "expert-numerique", "Expert numérique",
                "Maîtrise les outils numériques et aide les autres à s’en servir.",
                "A mené un projet numérique abouti et accompagné d’autres personnes dans leurs usages.",
                ReviewPolicy.VOTES, Set.of(), Set.of(partner));
    }

    private void loadUniversity(Issuer issuer, List<Member> jurors) {
        JuryId jury = juries.create(issuer.id(), "Jury de l’université", jurors.stream().map(Member::id).toList());
        badge(issuer, jury, "engagement-etudiant", "Engagement étudiant",
                "S’engage dans la vie associative et citoyenne de l’université.",
                "A porté un projet associatif ou représenté les étudiants pendant au moins un semestre et en "
                        + "présente les réalisations.", ReviewPolicy.VOTES, Set.of(), Set.of(), Audience.NETWORK);
        badge(issuer, jury, "tutorat", "Tutorat", "Accompagne d’autres étudiants dans leurs études.",
                "A assuré au moins dix séances de tutorat et en présente le bilan avec ses tutorés.",
                ReviewPolicy.VOTES, Set.of(), Set.of(), Audience.NETWORK);
    }

    private Member collegeMember(String username, String name, Issuer college) {
        return account(username, name, Set.of(Role.MEMBER), Membership.member(college.id()));
    }

    private Member account(String username, String name, Set<Role> roles, Membership... memberships) {
        return members.createAccount(new NewAccount(username, username + "@example.org", name, PASSWORD,
                Locale.FRENCH, roles, Set.of(memberships)));
    }

    private BadgeClassId badge(Issuer issuer, JuryId jury, String key, String name, String description,
            String criteria, ReviewPolicy policy, Set<BadgeClassId> prerequisites, Set<PartnerId> endorsers) {
        return badge(issuer, jury, key, name, description, criteria, policy, prerequisites, endorsers,
                Audience.INVITATION);
    }

    private BadgeClassId badge(Issuer issuer, JuryId jury, String key, String name, String description,
            String criteria, ReviewPolicy policy, Set<BadgeClassId> prerequisites, Set<PartnerId> endorsers,
            Audience audience) {
        var definition = new NewBadgeClass(issuer.id(), key, name, description, criteria, List.of("démo", key),
                new ReviewRules(policy, jury, 2, 3), Deadlines.STANDARD, Period.ofYears(3), prerequisites,
                endorsers, endorsers.isEmpty() ? 0 : 1, ALIGNMENTS.getOrDefault(key, List.of()),
                SIGNED.contains(key) ? VerificationMethod.SIGNED : VerificationMethod.HOSTED, audience);
        return badgeClasses.publish(badgeClasses.create(definition).id()).id();
    }
}
