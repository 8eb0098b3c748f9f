// The largest amount of money notiflow accepts, in data files, scenarios, message contexts and the server's schemas.
#pragma once

namespace notiflow {

// A trillion: larger amounts are typing mistakes, and they (or the difference of two, a price drop's saving) would
// overflow the cent arithmetic.
inline constexpr double maxMoney = 1e12;

} // namespace notiflow
