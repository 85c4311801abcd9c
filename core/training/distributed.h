#pragma once
/// @file Data-parallel training across processes and machines: where this process stands
/// (its rank in a world of ranks) and where the ranks meet (rank 0's address). Read the way
/// torchrun and Slurm users expect; the communication itself is LibTorch's c10d, in the
/// network part (core/training/dataparallel_p.h). Torch-free.

#include <QProcessEnvironment>
#include <QString>
#include <vector>

namespace dermask::core {

/// One process's place in a data-parallel run. The default is a run on its own.
struct DistributedConfig
{
    QString host;            ///< rank 0's address: it listens there, the others connect
    int port = 0;
    int rank = 0;            ///< 0 .. worldSize - 1; rank 0 writes the model and checkpoints
    int worldSize = 1;       ///< processes in the run
    int localRank = 0;       ///< rank on this machine (LOCAL_RANK, SLURM_LOCALID)
    int timeoutSeconds = 300;///< the meeting or a collective that takes longer fails

    bool enabled() const { return worldSize > 1; }
    /// "rank 1 of 2 (rank 0 at 127.0.0.1:29500)", or "one process".
    QString describe() const;
};

/// What the command line said; -1 or empty where it said nothing.
struct DistributedFlags
{
    QString url;             ///< --dist-url tcp://host:port
    int rank = -1;           ///< --rank R
    int worldSize = -1;      ///< --world-size W
    int timeoutSeconds = -1; ///< --dist-timeout S
    bool needAddress = true; ///< false for ranks that never talk (sharded prediction)
};

/// Resolves the run from @p flags, else torchrun's environment (MASTER_ADDR, MASTER_PORT,
/// RANK, WORLD_SIZE, LOCAL_RANK), else Slurm's (SLURM_PROCID, SLURM_NTASKS, SLURM_LOCALID).
/// With no world size anywhere it is a run on its own. False with @p error naming the
/// variable or flag for a world size without an address, a rank outside the world, a rank
/// without a world size, a malformed number or URL.
bool resolveDistributed(const QProcessEnvironment &env, const DistributedFlags &flags,
                        DistributedConfig *out, QString *error);

/// Rank @p rank's share of one global batch @p batch when @p ranks ranks train it together:
/// consecutive pieces of equal size, so that ranks x B train as one process with batch
/// ranks x B does. A batch that does not divide evenly is completed from its own start.
std::vector<int> rankShare(const std::vector<int> &batch, int rank, int ranks);

/// The positions of @p count items that rank @p rank of @p ranks handles: every ranks-th from
/// its own rank (sharded prediction and validation).
std::vector<int> rankStride(int count, int rank, int ranks);

} // namespace dermask::core
