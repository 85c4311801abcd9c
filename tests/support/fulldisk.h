#pragma once
// A disk that fills up, for the suites that prove nothing is lost when a write fails.
//
// While a FullDisk lives, no regular file of this process may grow beyond `bytes` (a file size
// limit, RLIMIT_FSIZE): the write that would cross it fails with EFBIG where a full disk gives
// ENOSPC, on every thread, and SIGXFSZ is ignored so the process lives on. Pipes and terminals
// are not limited, so the test's own output still flows. For a child process, use
// limitChildFileSize() in QProcess::setChildProcessModifier().

#include <csignal>
#include <sys/resource.h>

namespace dermask::testsupport {

class FullDisk
{
public:
    explicit FullDisk(rlim_t bytes = 0)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = m_old;
        limited.rlim_cur = bytes;
        m_active = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FullDisk() { release(); }
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;

    /// False if the limit could not be set (then the test proves nothing: check it).
    bool isActive() const { return m_active; }

    /// Space comes back (earlier than the end of the scope).
    void release()
    {
        if (!m_active)
            return;
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
        m_active = false;
    }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = SIG_DFL;
    bool m_active = false;
};

/// For a child process (call between fork and exec): its files may not grow beyond @p bytes.
inline void limitChildFileSize(rlim_t bytes)
{
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited{};
    getrlimit(RLIMIT_FSIZE, &limited);
    limited.rlim_cur = bytes;
    setrlimit(RLIMIT_FSIZE, &limited);
}

} // namespace dermask::testsupport
