#include "step.h"

#include <array>

namespace notiflow {

namespace {
constexpr std::array<const char*, stepKindCount> kindIds { "trigger", "publish", "deliver", "request", "response",
    "query", "update", "decision", "send", "failure" };
constexpr std::array<const char*, faultEffectCount> effectIds { "", "enqueue", "timeout", "retry", "redeliver",
    "dead_letter", "lost", "not_sent", "handler_failed", "response_lost", "deduplicated", "rollback",
    "operation_failed" };
} // namespace

const char* faultEffectId(FaultEffect e)
{
    return effectIds.at(static_cast<std::size_t>(e));
}

const char* stepKindId(StepKind k)
{
    return kindIds.at(static_cast<std::size_t>(k));
}

bool isSynchronousKind(StepKind k)
{
    return k != StepKind::Publish && k != StepKind::Deliver;
}

} // namespace notiflow
