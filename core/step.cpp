#include "step.h"

#include <array>

namespace notiflow {

namespace {
constexpr std::array<const char*, stepKindCount> kindIds { "trigger", "publish", "deliver", "request", "response",
    "query", "update", "decision", "send", "failure" };
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
