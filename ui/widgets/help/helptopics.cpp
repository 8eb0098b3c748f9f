// The text is ours. Metric entries are keyed by the JSON field they explain, so a test can check that every field
// the run writes has an entry; step kinds come from the StepKind enum for the same reason.
#include "widgets/help/helptopics.h"

#include "painting/style/displaytext.h"

namespace notiflow::ui {

namespace {
const char* martin = QT_TRANSLATE_NOOP("HelpTopics",
    "Robert C. Martin, the package coupling metrics and the Stable Dependencies Principle (Agile Software "
    "Development, 2002).");

HelpTopic stepTopic(StepKind kind)
{
    HelpTopic t;
    t.anchor = HelpTopics::stepKindAnchor(kind);
    t.title = HelpTopics::tr("Step: %1").arg(stepKindTitle(kind));
    switch (kind) {
    case StepKind::Trigger:
        t.definition = HelpTopics::tr("Someone outside the platform asks a domain service to act: ship an order, "
                                      "change a price, record a payment.");
        t.computed = HelpTopics::tr("Recorded by the scenario runner, one per scenario action; it starts the "
                                    "action's synchronous call tree.");
        t.reading = HelpTopics::tr("Everything the trigger waits for is what the caller's latency and availability "
                                   "depend on.");
        break;
    case StepKind::Publish:
        t.definition = HelpTopics::tr("A domain service hands an event to the event bus and carries on.");
        t.computed = HelpTopics::tr("Recorded by the event bus when it accepts the event.");
        t.reading = HelpTopics::tr("The publisher knows only the bus and its own event, not who listens.");
        break;
    case StepKind::Deliver:
        t.definition = HelpTopics::tr("The bus gives an event to one subscriber, after the publisher has returned.");
        t.computed = HelpTopics::tr("Recorded by the event bus, once per subscriber.");
        t.reading = HelpTopics::tr("The subscriber now depends on the bus and on the shape of the publisher's "
                                   "event; the publisher depends on neither.");
        break;
    case StepKind::Request:
        t.definition = HelpTopics::tr("A service calls another service's API and waits for the answer.");
        t.computed = HelpTopics::tr("Recorded by the API client when the call is made.");
        t.reading = HelpTopics::tr("The caller cannot finish until the callee answers: one more component on its "
                                   "synchronous chain.");
        break;
    case StepKind::Response:
        t.definition = HelpTopics::tr("The answer to a request.");
        t.computed = HelpTopics::tr("Recorded by the API client when the answer arrives; it adds no dependency of "
                                    "its own.");
        t.reading = HelpTopics::tr("Shows where the caller stopped waiting.");
        break;
    case StepKind::Query:
        t.definition = HelpTopics::tr("A component reads a data domain.");
        t.computed = HelpTopics::tr("Recorded by the data store, which knows who asked and which domain answered.");
        t.reading = HelpTopics::tr("A read of a domain the component does not own is a foreign data dependency.");
        break;
    case StepKind::Update:
        t.definition = HelpTopics::tr("A component writes a data domain.");
        t.computed = HelpTopics::tr("Recorded by the data store, like a query.");
        t.reading = HelpTopics::tr("Writes normally stay inside the owner of the domain.");
        break;
    case StepKind::Decision:
        t.definition = HelpTopics::tr("A component evaluates a business rule for one customer or order.");
        t.computed = HelpTopics::tr("Recorded where the rule is checked, with its outcome and reason.");
        t.reading = HelpTopics::tr("The component that decides is the one that must change when the rule changes.");
        break;
    case StepKind::Send:
        t.definition = HelpTopics::tr("A message leaves on the email or SMS channel.");
        t.computed = HelpTopics::tr("Recorded by the channel gateway.");
        t.reading = HelpTopics::tr("Each one is a notification the customer receives.");
        break;
    case StepKind::Failure:
        t.definition = HelpTopics::tr("A handler failed or a request was rejected.");
        t.computed = HelpTopics::tr("Recorded by the mechanism that noticed it.");
        t.reading = HelpTopics::tr("Compare what each architecture loses, delays or repeats when this happens.");
        break;
    }
    return t;
}

HelpTopic metric(
    const char* anchor, QString title, QString definition, QString computed, QString reading, QString source = {})
{
    return { QString::fromLatin1(anchor), std::move(title), std::move(definition), std::move(computed),
        std::move(reading), std::move(source) };
}
} // namespace

QString HelpTopics::stepKindAnchor(StepKind kind)
{
    return QStringLiteral("step-") + QString::fromLatin1(stepKindId(kind));
}

std::vector<HelpTopic> HelpTopics::build()
{
    std::vector<HelpTopic> topics;
    for (int k = 0; k < stepKindCount; ++k)
        topics.push_back(stepTopic(static_cast<StepKind>(k)));
    const QString martinSource = tr(martin);
    const QString dsm = tr("Dependency structure matrices as NDepend and Structure101 draw them.");
    topics.push_back(metric("foreign_domains_in_domain_services", tr("Foreign data domains in domain services"),
        tr("How many data domains the domain services read or wrote without owning them, summed over those "
           "services."),
        tr("From the query and update steps: a domain counts when its owner is not the service that touched it. "
           "Customers and Carts belong to teams outside the picture, so every reader is foreign."),
        tr("High: the domain services must change when another team's data changes. For a team lead, this is the "
           "figure the comparison is about.")));
    topics.push_back(metric("notification_rules_in_domain_services", tr("Notification rules in domain services"),
        tr("The rules a domain service evaluated only to decide whom to tell, such as price-drop eligibility in the "
           "pricing service or completion tracking in the ordering service."),
        tr("From the decision steps: each distinct rule a domain service evaluated whose purpose is notification."),
        tr("High: marketing's wishes reach into teams that own orders, prices and payments. Zero means the "
           "notification side owns all of it.")));
    topics.push_back(metric("blocking_calls_per_action", tr("Blocking calls per action"),
        tr("For each scenario action, the requests to other services its trigger waits for, next to the depth of "
           "its synchronous chain."),
        tr("Counts the request steps on the trigger's synchronous call tree."),
        tr("A chain can stay three deep while the number of calls grows with the customers: this figure shows the "
           "fan-out the depth hides.")));
    topics.push_back(metric("dependencies_by_kind", tr("Dependencies by kind"),
        tr("The distinct dependencies of each component and of the run, split into another domain's data, own data, "
           "another service's API, an event contract, and infrastructure (bus and channels)."),
        tr("Each distinct pair of the dependency matrix gets the kind of the step that first made it."),
        tr("Read the kinds apart: one event delivery adds two edges (to the bus and to the event), one API call "
           "adds one, so a single total makes the looser design look more coupled.")));
    topics.push_back(metric("sdp_violations", tr("Stable Dependencies Principle violations"),
        tr("Each dependency of a component on a less stable one (a higher I)."),
        tr("From the instability of both ends of every distinct dependency."),
        tr("A violation means a component others can rely on is tied to one that changes easily."), martinSource));
    topics.push_back(
        metric("efferent", tr("Ce, efferent coupling"), tr("The number of distinct components a component depends on."),
            tr("From the dependency matrix: the non-zero cells of its row."),
            tr("High for a component that uses many others. A notification service that listens to everyone's events "
               "is expected to have the highest Ce: that is its job."),
            martinSource));
    topics.push_back(metric("afferent", tr("Ca, afferent coupling"),
        tr("The number of distinct components that depend on a component."),
        tr("From the dependency matrix: the non-zero cells of its column."),
        tr("High: many would feel a change to it, so it should change rarely."), martinSource));
    topics.push_back(metric("instability", tr("Instability I"), tr("I = Ce / (Ca + Ce), from 0 to 1."),
        tr("From Ce and Ca above; 0 when both are 0."),
        tr("1 is a leaf nobody depends on, free to change (a notification service reacting to events is 1, as "
           "expected); 0 is a component everyone relies on."),
        martinSource));
    topics.push_back(metric("foreign_domains", tr("Foreign data domains of a component"),
        tr("The data domains one component read or wrote without owning them."), tr("From its query and update steps."),
        tr("Each one is a team whose data model it depends on.")));
    topics.push_back(metric("rules", tr("Rules evaluated"), tr("The distinct rules a component decided."),
        tr("From its decision steps."), tr("If a rule changes, every component listed for it must change.")));
    topics.push_back(metric("messages_sent", tr("Messages sent"), tr("The steps a component started."),
        tr("Counted over the whole run."), tr("A rough measure of how busy it was, not of coupling.")));
    topics.push_back(metric("components", tr("Per-component figures"),
        tr("Ce, Ca, I, foreign data domains, rules and messages for every component that took part."),
        tr("Each from the steps that touch that component."),
        tr("Compare the same component across the two runs, not the totals.")));
    topics.push_back(metric("messages_by_kind", tr("Messages by kind"), tr("The number of steps of each kind."),
        tr("Counted over the run."), tr("What one business event costs in messages under each design.")));
    topics.push_back(metric("edges", tr("Call volume per edge"),
        tr("How many steps of one kind went from one component to another."), tr("Counted over the run."),
        tr("Shows where traffic concentrates; a busy edge is not necessarily a tight coupling.")));
    topics.push_back(metric("dependency_matrix", tr("Dependency structure matrix"),
        tr("A square table: each cell counts the steps through which the row's component depends on the column's."),
        tr("A trigger, request, query, update, send or publish makes its sender depend on its receiver; a delivery "
           "makes the subscriber depend on the bus and on the publisher."),
        tr("Cells far from the diagonal in many rows mean tangled dependencies."), dsm));
    topics.push_back(metric("total_dependencies", tr("Distinct dependencies"),
        tr("The number of non-zero cells of the matrix."), tr("Shown only split by kind (see Dependencies by kind)."),
        tr("On its own it misleads: event plumbing adds edges that are not coupling between teams.")));
    topics.push_back(metric("sync_chain_depth", tr("Synchronous chain depth"),
        tr("The number of hops on the longest chain of calls the trigger waits for."),
        tr("The trigger is hop 1; each call made while handling a waited-for call adds one. A publish counts as a "
           "hop to the bus; nothing after it does."),
        tr("Deeper chains are slower and fail more often.")));
    topics.push_back(metric("sync_chain", tr("Synchronous chain"),
        tr("The components on that longest chain, in order."), tr("Followed back from the deepest waited-for step."),
        tr("The path a failure travels back to the caller.")));
    topics.push_back(metric("sync_components", tr("Components the trigger waits on"),
        tr("Every component on the trigger's synchronous call tree, for the action that waits on the most."),
        tr("From the same call tree as the depth; the chain chart draws exactly these."),
        tr("Each must be up for the action to succeed.")));
    topics.push_back(metric("availability_ceiling", tr("Availability ceiling"),
        tr("The best availability the action can reach if each component it waits on is up 99.9% of the time."),
        tr("0.999 to the power of the number of components the trigger waits on."),
        tr("Lower means more ways for the caller to fail. Events keep the notification side off this chain."),
        tr("The availability of synchronous chains, as Chris Richardson explains it in Microservices Patterns "
           "(2018).")));
    topics.push_back(metric("propagation_cost", tr("Propagation cost"),
        tr("The share of component pairs (i, j) such that a change to j can reach i through dependencies, each "
           "component reaching itself."),
        tr("The density of the transitive closure of the dependency matrix, over the components in the run."),
        tr("Higher means a change ripples further. It is a whole-system figure and often comes out close for both "
           "designs; where the dependencies sit matters more."),
        tr("MacCormack, Rusnak and Baldwin, Exploring the Structure of Complex Software Designs (Management "
           "Science, 2006).")));
    return topics;
}

const std::vector<HelpTopic>& HelpTopics::all()
{
    static const std::vector<HelpTopic> topics = build();
    return topics;
}

const HelpTopic* HelpTopics::find(const QString& anchor)
{
    for (const HelpTopic& t : all()) {
        if (t.anchor == anchor)
            return &t;
    }
    return nullptr;
}

QString HelpTopics::html()
{
    QString out = QStringLiteral("<h1>%1</h1><p>%2</p>")
                      .arg(tr("How to read notiflow"),
                          tr("Both architectures run the same scenario on the same data. Every step below is "
                             "recorded by the mechanism that did it, and every figure is computed from those steps. "
                             "Compare where the dependencies sit, not one total."));
    out += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Contents"));
    for (const HelpTopic& t : all())
        out += QStringLiteral("<li><a href=\"#%1\">%2</a></li>").arg(t.anchor, t.title.toHtmlEscaped());
    out += QStringLiteral("</ul>");
    for (const HelpTopic& t : all()) {
        out += QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>").arg(t.anchor, t.title.toHtmlEscaped());
        out += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("What it is:"), t.definition.toHtmlEscaped());
        out += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("How it is computed:"), t.computed.toHtmlEscaped());
        out += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("How to read it:"), t.reading.toHtmlEscaped());
        if (!t.source.isEmpty())
            out += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Source:"), t.source.toHtmlEscaped());
    }
    return out;
}

} // namespace notiflow::ui
