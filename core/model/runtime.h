#pragma once
/// @file How LibTorch runs on this machine, for training and inference alike: the threads,
/// the allocator, and whether the CPU computes bfloat16 natively. Torch-free header.

namespace dermask::core {

/// True when this CPU computes bfloat16 natively (AVX512-BF16), where mixed precision pays.
bool cpuHasNativeBf16();

/// Process-wide, once: large tensor buffers come from the heap and stay mapped (glibc's
/// mallopt), instead of an mmap/munmap and page faults per activation per step.
void tuneAllocatorForTensors();

/// Intra-op threads for @p requested (0: the machine's cores).
int resolveThreads(int requested);

} // namespace dermask::core
