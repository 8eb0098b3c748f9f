// The plain-data result of running one scenario under one architecture: what the UI replays.
#pragma once

#include "faults.h"
#include "internedtext.h"
#include "metrics.h"
#include "records.h"
#include "step.h"
#include "steptexts.h"

#include <deque>
#include <string>
#include <vector>

namespace notiflow {

enum class NotificationType {
    OrderShipped,
    OrderDelivered,
    OrderComplete,
    PaymentFailed,
    PaymentSuccess,
    PriceDropAlert,
    PromotionAvailable,
};

inline constexpr int notificationTypeCount = 7;

const char* notificationTypeId(NotificationType t); // "PRICE_DROP_ALERT"
std::optional<NotificationType> notificationTypeFromId(std::string_view s);

struct SentNotification {
    NotificationType type = NotificationType::OrderShipped;
    Channel channel = Channel::Email;
    std::string customerId;
    std::string recipient; // email address or phone number
    std::string subject; // empty for SMS
    std::string body;
    int action = 0;
    int step = 0; // the Send step that delivered it
    std::int64_t atMs = 0; // simulated time at which it left on its channel
};

// A business rule evaluated by a component, for one customer (or for an order), with its outcome.
struct Decision {
    int step = 0;
    int action = 0;
    Component component = Component::OutsideWorld;
    InternedText rule; // stable id: "price_drop.in_cart", "price_drop.segment", "order.can_ship", ...
    std::string subject; // customer id, or order id for order rules
    bool passed = false;
    InternedText reason; // "segment silver is not gold or platinum": the same few wordings for every customer
};

// A run's decisions, in the blocks they were recorded into (as StepList, and for the same reason: a vector that
// doubles as it grows held them up to three times over at the run's peak).
using DecisionList = std::deque<Decision>;

// How the queue of one subscriber on the bus changed: events waiting because the subscriber was down, or for a
// redelivery after its handler failed. Recorded by the bus, only in runs with faults.
struct QueueDepthChange {
    std::int64_t atMs = 0;
    Component subscriber = Component::NotificationService;
    int depth = 0; // after the change
    int step = 0; // the step that changed it (an enqueue, or the delivery that took the event out)
};

// What the faults did, from comparing a run with the same architecture's fault-free run of the same scenario
// (outcomecalculator.h). A fault-free run is its own baseline: zeros, and its latencies.
struct Outcome {
    struct Latency {
        std::int64_t p50 = 0;
        std::int64_t p95 = 0;
        std::int64_t max = 0;
        bool operator==(const Latency&) const = default;
    };
    std::vector<int> failedActions; // actions whose domain change did not happen (or was rolled back)
    // Notifications matched with the fault-free run's by action, type, channel and customer, with multiplicity.
    int lost = 0;
    int delayed = 0; // sent, but later than in the fault-free run
    int duplicated = 0; // sent more often than in the fault-free run
    std::vector<SentNotification> lostNotifications; // as the fault-free run sent them
    std::vector<std::int64_t> triggerLatencyMs; // per action: from its trigger until the outside world had an answer
    Latency notifyLatencyMs; // from each notification's trigger until it left on its channel
    int maxQueueDepth = 0; // events waiting for one subscriber at once
    int retries = 0; // calls made again by a retry policy, and redeliveries by the bus
    int deadLettered = 0;
    std::vector<int> unaffectedFaults; // indices of the scenario's faults on a component this architecture lacks

    // How each of the run's notifications matched the fault-free run's, in the order of Run::notifications: the
    // one per-notification answer behind lost, delayed and duplicated, for views that mark single messages.
    struct Match {
        int baseline = -1; // index into the fault-free run's notifications; -1: a duplicate (nothing left to match)
        std::int64_t delayMs = 0; // how much later than in the fault-free run it was sent (0 if not later)
        bool operator==(const Match&) const = default;
    };
    std::vector<Match> matches;
};

struct Run {
    Architecture architecture = Architecture::EventSourced;
    // Each step's caption and detail are in `texts`, compressed, not in the step: a large run's text would otherwise
    // be most of its memory. Read them with text() or stepWithText(); add a step with its text with append().
    StepList steps;
    StepTexts texts; // for steps 0 .. texts.size() - 1; a step added without text has none
    std::vector<SentNotification> notifications;
    DecisionList decisions;
    std::vector<int> actionFirstStep; // per scenario action, the index of its first step (steps.size() if none)
    std::vector<std::int64_t> actionStartMs; // per scenario action, the simulated time its trigger arrived
    std::int64_t endMs = 0; // when the last work of the run ended
    std::vector<QueueDepthChange> queueDepths; // empty without faults
    std::vector<FaultWindow> faultWindows; // when each fault held in this run's time; empty without faults
    Metrics metrics;
    Outcome outcome;

    // The caption and detail of step `i` (empty if it was added without them).
    StepTexts::Text text(int i) const;
    // Step `i` with its caption and detail.
    NarratedStep stepWithText(int i) const;
    // Appends `step` (its index and the rest as given) and keeps its caption and detail in `texts`; returns its index.
    int append(NarratedStep step);
    // Calls f(const NarratedStep&) for every step in order; each block of text is unpacked once.
    template <typename F> void forEachStepWithText(F&& f) const
    {
        StepTexts::Reader reader(texts);
        NarratedStep full;
        for (std::size_t i = 0; i < steps.size(); ++i) {
            static_cast<Step&>(full) = steps[i];
            if (static_cast<int>(i) < texts.size()) {
                const StepTexts::Text& t = reader.at(static_cast<int>(i));
                full.caption = t.caption;
                full.detail = t.detail;
            } else {
                full.caption.clear();
                full.detail.clear();
            }
            f(static_cast<const NarratedStep&>(full));
        }
    }
};

} // namespace notiflow
