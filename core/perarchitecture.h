// One value for each architecture, indexed by Architecture: the pair every side-by-side view keeps.
#pragma once

#include "component.h"

#include <array>
#include <cstddef>

namespace notiflow {

template <typename T> struct PerArchitecture {
    std::array<T, 2> values {};

    T& operator[](Architecture a) { return values[index(a)]; }
    const T& operator[](Architecture a) const { return values[index(a)]; }

    auto begin() { return values.begin(); }
    auto end() { return values.end(); }
    auto begin() const { return values.begin(); }
    auto end() const { return values.end(); }

    static constexpr std::size_t index(Architecture a) { return static_cast<std::size_t>(a); }
};

static_assert(static_cast<int>(Architecture::EventSourced) == 0 && static_cast<int>(Architecture::ApiDriven) == 1,
    "PerArchitecture indexes by the enum's value");

} // namespace notiflow
