// One value for each component, indexed by Component: counters, positions and flags kept per lane or node.
#pragma once

#include "component.h"

#include <array>
#include <cstddef>

namespace notiflow {

template <typename T> struct PerComponent {
    std::array<T, componentCount> values {};

    T& operator[](Component c) { return values[index(c)]; }
    const T& operator[](Component c) const { return values[index(c)]; }

    auto begin() { return values.begin(); }
    auto end() { return values.end(); }
    auto begin() const { return values.begin(); }
    auto end() const { return values.end(); }
    void fill(const T& value) { values.fill(value); }

    static constexpr std::size_t index(Component c) { return static_cast<std::size_t>(c); }
};

} // namespace notiflow
