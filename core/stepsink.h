// What a TraceRecorder hands a run's steps to while it executes, when the run is written out rather than kept for
// replay (the --json output): each step the moment it is recorded, and a call's end once the call returns.
#pragma once

#include "step.h"

namespace notiflow {

class StepSink {
public:
    virtual ~StepSink() = default;

    // A step complete as recorded. Its label, caption and detail are freed right after.
    virtual void stepRecorded(const NarratedStep& step) = 0;
    // A call (a trigger, a request) that has just started: all but its end is known. Its text is freed right after.
    virtual void callStarted(const NarratedStep& step) = 0;
    // The most recently started call still open has returned: its `endMs` (a trigger) or `durationMs` (a request)
    // is now set, and nothing else of it changed. Calls return innermost first; a run that ends with a call still
    // open reports it here too, unchanged.
    virtual void callReturned(const Step& step) = 0;
};

} // namespace notiflow
