#pragma once
/// @file Telling ThreadSanitizer about a hand-off through Qt. Debian's Qt is not instrumented,
/// so the lock of a QThreadPool's queue is invisible to it: what a thread wrote before handing
/// a task over looks unordered with the task that reads it. handOver() just before the hand-off
/// and takeOver() first thing in the task stand for that lock. Nothing at all in other builds.

#if defined(__SANITIZE_THREAD__)
extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);
#endif

namespace dermask::core {

namespace detail {
inline char handOffToken;
}

inline void handOver()
{
#if defined(__SANITIZE_THREAD__)
    __tsan_release(&detail::handOffToken);
#endif
}

inline void takeOver()
{
#if defined(__SANITIZE_THREAD__)
    __tsan_acquire(&detail::handOffToken);
#endif
}

} // namespace dermask::core
