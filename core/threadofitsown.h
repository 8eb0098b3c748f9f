// Work started on a thread of its own, for the two runs of a comparison and anything else that splits in two: on a
// machine with no thread to spare the work still gets done, when its result is asked for.
#pragma once

#include <future>
#include <system_error>
#include <type_traits>
#include <utility>

namespace notiflow {

// The future's destructor waits for the work, so an exception leaving the caller never outlives what it captured.
template <typename Work>
std::future<std::invoke_result_t<Work>> startOnThreadOfItsOwn(Work work)
{
    try {
        return std::async(std::launch::async, work);
    } catch (const std::system_error&) { // no thread to be had: done by whoever asks for the result
        return std::async(std::launch::deferred, std::move(work));
    }
}

} // namespace notiflow
