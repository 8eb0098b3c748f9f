// The event bus: subscription by type and to all, unsubscribe, delivery order, failing handlers, the log, and
// the steps it records.
#include "eventbus.h"
#include "tracerecorder.h"

#include <QTest>
#include <stdexcept>

using namespace notiflow;

class TestEventBus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void deliversByTypeInSubscriptionOrder();
    void subscribeAllGetsEveryEvent();
    void unsubscribeStopsDelivery();
    void failingHandlerDoesNotStopOthers();
    void recordsPublishAndDeliveries();
    void handlerMayPublishWhileDelivering();
    void deliversAfterThePublisherReturns();
    void subscriberHandlesOneEventAtATime();
};

namespace {
DomainEvent makeEvent(EventType type)
{
    return DomainEvent { type, Component::PricingService, {}, "t", { { "n", 1 } } };
}
} // namespace

void TestEventBus::deliversByTypeInSubscriptionOrder()
{
    Run run;
    TraceRecorder recorder(run);
    EventBus bus(recorder);
    QStringList calls;
    bus.subscribe(
        EventType::PriceChanged, Component::NotificationService, [&](const DomainEvent&) { calls << "first"; });
    bus.subscribe(
        EventType::OrderStatusChanged, Component::NotificationService, [&](const DomainEvent&) { calls << "other"; });
    bus.subscribe(EventType::PriceChanged, Component::EventCorrelator, [&](const DomainEvent&) { calls << "second"; });
    bus.publish(makeEvent(EventType::PriceChanged));
    recorder.scheduler().runUntilIdle();
    QCOMPARE(calls, (QStringList { "first", "second" }));
    QCOMPARE(bus.log().size(), std::size_t(1));
    QCOMPARE(bus.log().front().eventId, std::string("evt-1"));
}

void TestEventBus::subscribeAllGetsEveryEvent()
{
    Run run;
    TraceRecorder recorder(run);
    EventBus bus(recorder);
    int seen = 0;
    bus.subscribeAll(Component::NotificationService, [&](const DomainEvent&) { ++seen; });
    bus.publish(makeEvent(EventType::PriceChanged));
    recorder.scheduler().runUntilIdle();
    bus.publish(makeEvent(EventType::PaymentFailed));
    recorder.scheduler().runUntilIdle();
    QCOMPARE(seen, 2);
    QCOMPARE(bus.log().size(), std::size_t(2));
}

void TestEventBus::unsubscribeStopsDelivery()
{
    Run run;
    TraceRecorder recorder(run);
    EventBus bus(recorder);
    int seen = 0;
    const auto id
        = bus.subscribe(EventType::PriceChanged, Component::NotificationService, [&](const DomainEvent&) { ++seen; });
    bus.publish(makeEvent(EventType::PriceChanged));
    recorder.scheduler().runUntilIdle();
    QVERIFY(bus.unsubscribe(id));
    QVERIFY(!bus.unsubscribe(id));
    bus.publish(makeEvent(EventType::PriceChanged));
    recorder.scheduler().runUntilIdle();
    QCOMPARE(seen, 1);
}

void TestEventBus::failingHandlerDoesNotStopOthers()
{
    Run run;
    TraceRecorder recorder(run);
    EventBus bus(recorder);
    bool secondRan = false;
    bus.subscribe(EventType::PriceChanged, Component::EventCorrelator,
        [](const DomainEvent&) { throw std::runtime_error("template store down"); });
    bus.subscribe(
        EventType::PriceChanged, Component::NotificationService, [&](const DomainEvent&) { secondRan = true; });
    bus.publish(makeEvent(EventType::PriceChanged));
    recorder.scheduler().runUntilIdle();
    QVERIFY(secondRan);
    QCOMPARE(bus.failedDeliveries(), 1);
    recorder.finish(); // the steps go to the run
    const auto failure
        = std::find_if(run.steps.begin(), run.steps.end(), [](const Step& s) { return s.kind == StepKind::Failure; });
    QVERIFY(failure != run.steps.end());
    QCOMPARE(failure->from, Component::EventCorrelator);
    QVERIFY(run.text(static_cast<int>(failure - run.steps.begin())).caption.find("template store down")
        != std::string::npos);
}

void TestEventBus::recordsPublishAndDeliveries()
{
    Run run;
    TraceRecorder recorder(run);
    recorder.beginAction(0);
    EventBus bus(recorder);
    bus.subscribe(EventType::PriceChanged, Component::NotificationService, [](const DomainEvent&) {});
    bus.publish(makeEvent(EventType::PriceChanged));
    recorder.scheduler().runUntilIdle();
    recorder.finish();
    QCOMPARE(run.steps.size(), std::size_t(2));
    const Step& publish = run.steps[0];
    QCOMPARE(publish.kind, StepKind::Publish);
    QCOMPARE(publish.from, Component::PricingService);
    QCOMPARE(publish.to, Component::EventBus);
    QCOMPARE(toStdString(publish.label), std::string("PriceChanged"));
    QVERIFY(!publish.synchronous);
    QCOMPARE(run.stepWithText(0).detailJson().at("payload").at("n").get<int>(), 1);
    const Step& deliver = run.steps[1];
    QCOMPARE(deliver.kind, StepKind::Deliver);
    QCOMPARE(deliver.to, Component::NotificationService);
    QCOMPARE(deliver.publisher, Component::PricingService);
    QCOMPARE(deliver.parent, 0);
}

void TestEventBus::handlerMayPublishWhileDelivering()
{
    Run run;
    TraceRecorder recorder(run);
    EventBus bus(recorder);
    int later = 0;
    bus.subscribe(EventType::PriceChanged, Component::NotificationService, [&](const DomainEvent&) {
        bus.subscribe(EventType::PaymentFailed, Component::NotificationService, [&](const DomainEvent&) { ++later; });
        bus.publish(makeEvent(EventType::PaymentFailed));
    });
    bus.publish(makeEvent(EventType::PriceChanged));
    recorder.scheduler().runUntilIdle();
    QCOMPARE(later, 1);
    QCOMPARE(bus.log().size(), std::size_t(2));
}

// Publishing only queues: nothing is delivered until the scheduler runs, and then after the bus lag.
void TestEventBus::deliversAfterThePublisherReturns()
{
    Run run;
    TraceRecorder recorder(run);
    recorder.setTiming(Timing { .publishMs = 3, .busLagMs = 40 });
    recorder.setNow(100);
    EventBus bus(recorder);
    int seen = 0;
    bus.subscribe(EventType::PriceChanged, Component::NotificationService, [&](const DomainEvent&) { ++seen; });
    bus.publish(makeEvent(EventType::PriceChanged));
    QCOMPARE(seen, 0);
    QCOMPARE(recorder.stepCount(), 1);
    QCOMPARE(recorder.step(0).atMs, std::int64_t(100));
    QCOMPARE(recorder.now(), std::int64_t(103));
    recorder.scheduler().runUntilIdle();
    QCOMPARE(seen, 1);
    QCOMPARE(recorder.step(1).kind, StepKind::Deliver);
    QCOMPARE(recorder.step(1).atMs, std::int64_t(143));
}

// Two events for one subscriber: the second waits until the first has been handled (its handler took 10 ms of
// data store time); another subscriber gets it at the bus lag.
void TestEventBus::subscriberHandlesOneEventAtATime()
{
    Run run;
    TraceRecorder recorder(run);
    recorder.setTiming(Timing { .queryMs = 10, .publishMs = 0, .busLagMs = 5 });
    EventBus bus(recorder);
    bus.subscribe(EventType::PriceChanged, Component::NotificationService, [&](const DomainEvent&) {
        recorder.record(Component::NotificationService, Component::Carts, StepKind::Query, "q", "q");
    });
    bus.subscribe(EventType::PriceChanged, Component::EventCorrelator, [](const DomainEvent&) {});
    bus.publish(makeEvent(EventType::PriceChanged));
    bus.publish(makeEvent(EventType::PriceChanged));
    recorder.scheduler().runUntilIdle();
    recorder.finish();
    std::vector<std::pair<Component, std::int64_t>> deliveries;
    for (const Step& s : run.steps) {
        if (s.kind == StepKind::Deliver)
            deliveries.emplace_back(s.to, s.atMs);
    }
    const std::vector<std::pair<Component, std::int64_t>> expected { { Component::NotificationService, 5 },
        { Component::EventCorrelator, 5 }, { Component::NotificationService, 15 }, { Component::EventCorrelator, 5 } };
    QVERIFY(deliveries == expected);
}

QTEST_GUILESS_MAIN(TestEventBus)
#include "tst_eventbus.moc"
