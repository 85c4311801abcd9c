#include "core/mask/maskdocument.h"

#include "core/mask/maskcommand_p.h"
#include "core/mask/maskops.h"
#include "core/util/error.h"

#include <QSignalBlocker>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace dermask::core {

namespace {

constexpr int kTile = TilePatch::kTileSize;

QString sizeText(cv::Size s) { return QStringLiteral("%1x%2").arg(s.width).arg(s.height); }

/// 0/255 copy of a mask given by a caller (any non-zero is lesion).
cv::Mat binarised(const cv::Mat &mask)
{
    cv::Mat out;
    cv::compare(mask, 0, out, cv::CMP_NE);
    return out;
}

bool checkMask(const cv::Mat &mask, cv::Size size, const char *what, QString *error)
{
    if (mask.empty())
        return true;
    if (mask.type() != CV_8UC1)
        return fail(error, QStringLiteral("%1 must be an 8-bit single-channel mask").arg(QLatin1String(what)));
    if (mask.size() != size)
        return fail(error, QStringLiteral("%1 is %2, the image is %3")
                                   .arg(QLatin1String(what), sizeText(mask.size()), sizeText(size)));
    return true;
}

} // namespace

std::unique_ptr<MaskDocument> MaskDocument::create(const QString &sampleId, cv::Size size,
                                                   const cv::Mat &mask, const cv::Mat &sourceMask,
                                                   QString *error, std::shared_ptr<HistoryBudget> budget)
{
    if (size.width <= 0 || size.height <= 0) {
        fail(error, QStringLiteral("%1: no image size to edit a mask for").arg(sampleId));
        return nullptr;
    }
    QString why;
    if (!checkMask(mask, size, "the mask", &why) || !checkMask(sourceMask, size, "the source mask", &why)) {
        fail(error, QStringLiteral("%1: %2").arg(sampleId, why));
        return nullptr;
    }
    cv::Mat start = mask.empty() ? cv::Mat::zeros(size, CV_8UC1) : binarised(mask);
    cv::Mat source = sourceMask.empty() ? cv::Mat() : binarised(sourceMask);
    if (!budget)
        budget = std::make_shared<HistoryBudget>();
    return std::unique_ptr<MaskDocument>(
        new MaskDocument(sampleId, std::move(start), std::move(source), std::move(budget)));
}

MaskDocument::MaskDocument(const QString &sampleId, cv::Mat mask, cv::Mat source,
                           std::shared_ptr<HistoryBudget> budget)
    : m_sampleId(sampleId), m_mask(std::move(mask)), m_source(std::move(source)),
      m_counter(std::make_shared<HistoryCounter>()), m_budget(std::move(budget))
{
    m_budget->attach(this);
    connect(&m_stack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (!m_replaying)
            Q_EMIT modifiedChanged(!clean);
    });
    // An undo or redo in the middle of a drag ends the stroke: its next segment must not
    // merge into a step that is no longer the current one.
    connect(&m_stack, &QUndoStack::indexChanged, this, [this] {
        if (!m_pushing && !m_replaying && !m_trimming && m_stroke.active) {
            m_stroke.active = false;
            m_stroke.step.reset();
        }
    });
}

MaskDocument::~MaskDocument()
{
    m_budget->detach(this);
    m_replaying = true;  // the stack deletes its commands; nothing may touch the mask now
    m_stack.clear();
}

void MaskDocument::setSaved()
{
    endStroke();
    m_stack.setClean();
}

qint64 MaskDocument::historyBytes() const { return m_counter->bytes; }

std::shared_ptr<MaskStep> MaskDocument::stepAt(int index) const
{
    // Only MaskDocument pushes onto its stack; dynamic_cast guards against anyone else.
    const auto *command = dynamic_cast<const MaskCommand *>(m_stack.command(index));
    return command ? command->step() : nullptr;
}

void MaskDocument::afterChange()
{
    m_budget->touch(this);
    m_budget->enforce(this);
}

// --- Strokes -------------------------------------------------------------------------------

bool MaskDocument::isStroking() const { return m_stroke.active; }

QRect MaskDocument::beginStroke(BrushMode mode, double diameter, const QPointF &point)
{
    endStroke();
    m_stroke.active = true;
    m_stroke.serial = ++m_strokeSerial;
    m_stroke.mode = mode;
    m_stroke.diameter = std::max(1.0, diameter);
    m_stroke.last = point;
    m_stroke.step.reset();
    return pushSegment(point, point);
}

QRect MaskDocument::continueStroke(const QPointF &point)
{
    if (!m_stroke.active)
        return {};
    const QPointF from = m_stroke.last;
    m_stroke.last = point;
    return pushSegment(from, point);
}

void MaskDocument::endStroke()
{
    if (!m_stroke.active)
        return;
    m_stroke.active = false;
    if (const std::shared_ptr<MaskStep> step = m_stroke.step.lock()) {
        // The stroke's step is applied (an undo would have closed the stroke): the mask now
        // holds its "after" pixels. Storing them now keeps undo and redo cheap and the
        // history's size known to the budget.
        step->patch.storeMissingAfter(m_mask);
        step->recount();
    }
    m_stroke.step.reset();
    afterChange();
}

QRect MaskDocument::pushSegment(const QPointF &from, const QPointF &to)
{
    auto step = std::make_shared<MaskStep>(m_counter, size());
    const QString diameter = QString::number(m_stroke.diameter);
    step->text = m_stroke.mode == BrushMode::Paint ? tr("Brush %1 px").arg(diameter)
                                                   : tr("Erase %1 px").arg(diameter);
    step->stroke = m_stroke.serial;
    step->value = m_stroke.mode == BrushMode::Paint ? 255 : 0;
    step->spans = brushSpans(from, to, m_stroke.diameter, size());
    if (step->spans.empty())
        return {};
    step->pending = true;
    step->recount();

    m_pushing = true;
    m_stack.push(new MaskCommand(this, step));  // paints; merges into the stroke's step
    m_pushing = false;

    if (m_stack.index() > 0) {
        std::shared_ptr<MaskStep> top = stepAt(m_stack.index() - 1);
        if (top && top->stroke == m_stroke.serial)
            m_stroke.step = top;
    }
    afterChange();
    return step->dirty;
}

bool MaskDocument::paintPendingSegment(MaskStep &step)
{
    step.pending = false;
    // Save the touched tiles first, then paint span by span, noting which tiles changed.
    QVector<int> touched;
    for (const BrushSpan &s : step.spans)
        for (int tx = s.x0 / kTile; tx <= s.x1 / kTile; ++tx)
            touched.append(step.patch.tileAt(tx * kTile, s.y));
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    for (int index : std::as_const(touched))
        step.patch.storeBefore(index, m_mask);

    std::vector<char> changedTile(size_t(touched.size()), 0);
    int bx0 = INT_MAX, bx1 = INT_MIN, by0 = INT_MAX, by1 = INT_MIN;
    const uchar value = step.value;
    for (const BrushSpan &s : step.spans) {
        uchar *row = m_mask.ptr<uchar>(s.y);
        for (int x0 = s.x0; x0 <= s.x1;) {
            const int x1 = std::min(s.x1, (x0 / kTile + 1) * kTile - 1);
            int first = -1, last = -1;
            for (int x = x0; x <= x1; ++x) {
                if (row[x] != value) {
                    if (first < 0)
                        first = x;
                    last = x;
                    row[x] = value;
                }
            }
            if (first >= 0) {
                const int index = step.patch.tileAt(x0, s.y);
                const auto it = std::lower_bound(touched.cbegin(), touched.cend(), index);
                changedTile[size_t(it - touched.cbegin())] = 1;
                bx0 = std::min(bx0, first);
                bx1 = std::max(bx1, last);
                by0 = std::min(by0, s.y);
                by1 = std::max(by1, s.y);
            }
            x0 = x1 + 1;
        }
    }
    for (int i = 0; i < touched.size(); ++i)
        if (!changedTile[size_t(i)])
            step.patch.remove(touched[i]);
    std::vector<BrushSpan>().swap(step.spans);
    step.dirty = step.patch.isEmpty() ? QRect() : QRect(QPoint(bx0, by0), QPoint(bx1, by1));
    step.recount();
    return !step.patch.isEmpty();
}

// --- Commands ------------------------------------------------------------------------------

bool MaskDocument::redoStep(MaskStep &step)
{
    if (m_replaying)
        return true;
    if (step.pending) {
        if (!paintPendingSegment(step))
            return false;  // painted where already painted: obsolete, no undo step
    } else {
        if (step.patch.isEmpty())
            return false;
        step.patch.restoreAfter(m_mask);
    }
    Q_EMIT changed(step.dirty);
    return true;
}

void MaskDocument::undoStep(MaskStep &step)
{
    if (m_replaying)
        return;
    // Only a stroke left open (no endStroke()) can lack its "after" pixels; the mask holds
    // them right now.
    if (!step.patch.hasAllAfter()) {
        step.patch.storeMissingAfter(m_mask);
        step.recount();
    }
    step.patch.restoreBefore(m_mask);
    Q_EMIT changed(step.dirty);
}

bool MaskDocument::mergeSteps(MaskStep &into, MaskStep &next)
{
    if (m_replaying || into.stroke == 0 || into.stroke != next.stroke || next.patch.isEmpty())
        return false;
    // `into` keeps its own "before" wherever both touched a tile: the stroke's original pixels.
    into.patch.absorb(next.patch);
    into.dirty |= next.dirty;
    into.recount();
    next.recount();
    return true;
}

// --- Tools ---------------------------------------------------------------------------------

MaskDocument::EditResult MaskDocument::pushEdit(const cv::Mat &newMask, const QRect &region,
                                                const QString &text, Values values)
{
    endStroke();
    auto step = std::make_shared<MaskStep>(m_counter, size());
    step->text = text;
    const QRect area = region.isNull() ? QRect(0, 0, m_mask.cols, m_mask.rows) : region;
    QRect dirty;
    cv::Mat binary, diff;  // tile-sized: a caller's mask is binarised one tile at a time
    for (int index : step->patch.tilesIn(area)) {
        const QRect r = step->patch.tileRect(index);
        const cv::Rect cr(r.x(), r.y(), r.width(), r.height());
        cv::Mat after = newMask(cr);
        if (values == Values::AnyNonZero) {
            cv::compare(after, 0, binary, cv::CMP_NE);
            after = binary;
        }
        cv::compare(m_mask(cr), after, diff, cv::CMP_NE);
        const cv::Rect changedRect = cv::boundingRect(diff);
        if (changedRect.empty())
            continue;
        dirty |= QRect(r.x() + changedRect.x, r.y() + changedRect.y, changedRect.width, changedRect.height);
        step->patch.storeBefore(index, m_mask);
        step->patch.storeAfterPixels(index, after);
    }
    if (step->patch.isEmpty())
        return EditResult::Unchanged;
    step->dirty = dirty;
    step->recount();
    m_pushing = true;
    m_stack.push(new MaskCommand(this, step));
    m_pushing = false;
    afterChange();
    return EditResult::Changed;
}

MaskDocument::EditResult MaskDocument::applyMask(const cv::Mat &newMask, const QString &actionText,
                                                 const QRect &region, QString *error)
{
    QString why;
    if (newMask.empty() || !checkMask(newMask, size(), "the new mask", &why)) {
        fail(error,
             QStringLiteral("%1: %2").arg(m_sampleId,
                                          why.isEmpty() ? QStringLiteral("the new mask is empty") : why));
        return EditResult::Invalid;
    }
    // Binarised tile by tile as pushEdit reads them: a click's answer on a 24 Mpx image changes
    // a band of it, and no copy of the whole is made.
    const QRect r = region.isNull() ? region : region & QRect(0, 0, newMask.cols, newMask.rows);
    if (!region.isNull() && r.isEmpty())
        return EditResult::Unchanged;
    return pushEdit(newMask, r, actionText, Values::AnyNonZero);
}

MaskDocument::EditResult MaskDocument::fillPolygon(const QPolygonF &polygon, bool add)
{
    if (polygon.size() < 3)
        return EditResult::Unchanged;
    const QRect bounds = polygon.boundingRect().toAlignedRect().adjusted(-1, -1, 1, 1);
    return pushEdit(core::fillPolygon(m_mask, polygon, add ? 255 : 0), bounds,
                    add ? tr("Polygon fill") : tr("Polygon erase"));
}

MaskDocument::EditResult MaskDocument::floodFill(const QPointF &point, bool add)
{
    return pushEdit(floodFillRegion(m_mask, point, add ? 255 : 0), {},
                    add ? tr("Flood fill") : tr("Flood erase"));
}

MaskDocument::EditResult MaskDocument::applyGrabCut(const cv::Mat &result, const QRect &box, QString *error)
{
    QString why;
    if (result.empty() || !checkMask(result, size(), "the GrabCut result", &why)) {
        fail(error,
             QStringLiteral("%1: %2").arg(
                 m_sampleId, why.isEmpty() ? QStringLiteral("the GrabCut result is empty") : why));
        return EditResult::Invalid;
    }
    const QRect r = box & QRect(0, 0, m_mask.cols, m_mask.rows);
    if (r.isEmpty())
        return EditResult::Unchanged;
    cv::Mat next = m_mask.clone();
    const cv::Rect cr(r.x(), r.y(), r.width(), r.height());
    binarised(result(cr)).copyTo(next(cr));
    return pushEdit(next, r, tr("GrabCut"));
}

MaskDocument::EditResult MaskDocument::acceptPrediction(const cv::Mat &probability, double threshold,
                                                        const QPolygonF &lasso, QString *error)
{
    if (probability.size() != m_mask.size()) {
        fail(error, QStringLiteral("%1: the probability map is %2, the image is %3")
                            .arg(m_sampleId, sizeText(probability.size()), sizeText(size())));
        return EditResult::Invalid;
    }
    const cv::Mat next = core::acceptPrediction(m_mask, probability, threshold, lasso);
    if (next.empty()) {
        fail(error, QStringLiteral("%1: the probability map must be one channel of 8-bit or float values")
                            .arg(m_sampleId));
        return EditResult::Invalid;
    }
    const QRect region = lasso.size() >= 3 ? lasso.boundingRect().toAlignedRect().adjusted(-1, -1, 1, 1)
                                           : QRect();
    return pushEdit(next, region, tr("Accept prediction"));
}

MaskDocument::EditResult MaskDocument::fillHoles()
{
    return pushEdit(core::fillHoles(m_mask), {}, tr("Fill holes"));
}

MaskDocument::EditResult MaskDocument::removeIslands(int minArea)
{
    return pushEdit(core::removeIslands(m_mask, minArea), {}, tr("Remove islands < %1 px").arg(minArea));
}

MaskDocument::EditResult MaskDocument::keepLargest()
{
    return pushEdit(keepLargestComponent(m_mask), {}, tr("Keep largest"));
}

MaskDocument::EditResult MaskDocument::smooth(int radius)
{
    return pushEdit(smoothMask(m_mask, radius), {}, tr("Smooth"));
}

MaskDocument::EditResult MaskDocument::grow(int pixels)
{
    return pushEdit(growMask(m_mask, pixels), {}, tr("Grow %1 px").arg(pixels));
}

MaskDocument::EditResult MaskDocument::shrink(int pixels)
{
    return pushEdit(shrinkMask(m_mask, pixels), {}, tr("Shrink %1 px").arg(pixels));
}

MaskDocument::EditResult MaskDocument::revertToSource()
{
    const cv::Mat target = m_source.empty() ? cv::Mat::zeros(size(), CV_8UC1) : m_source;
    return pushEdit(target, {}, tr("Revert to source mask"));
}

// --- History trimming ----------------------------------------------------------------------

qint64 MaskDocument::trimHistory(qint64 maxBytes)
{
    const qint64 start = historyBytes();
    const int count = m_stack.count();
    const int index = m_stack.index();
    // Nothing can go when the only undo step left is the last applied one and nothing is undone.
    if (start <= maxBytes || count == 0 || (index <= 1 && index == count))
        return 0;

    // Keep the steps [first, last): drop the oldest undo steps, keeping the last applied one,
    // then, if that is not enough, the redo steps farthest from the current state.
    std::vector<std::shared_ptr<MaskStep>> steps;
    steps.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        steps.push_back(stepAt(i));
        if (!steps.back())
            return 0;  // a foreign command on the stack: it cannot be re-pushed, so keep all
    }
    int first = 0, last = count;
    qint64 bytes = start;
    while (bytes > maxBytes && first < index - 1)
        bytes -= steps[size_t(first++)]->bytes();
    while (bytes > maxBytes && last > index)
        bytes -= steps[size_t(--last)]->bytes();
    if (first == 0 && last == count)
        return 0;

    const int clean = m_stack.cleanIndex();
    const int newClean = (clean >= first && clean <= last) ? clean - first : -1;
    const bool wasClean = m_stack.isClean();
    m_trimming = true;
    std::vector<std::shared_ptr<MaskStep>> kept(steps.begin() + first, steps.begin() + last);
    steps.clear();
    {
        // QUndoStack cannot drop its oldest commands (setUndoLimit() only works on an empty
        // stack), so rebuild it: clear, push handles to the kept steps, restore index and
        // clean state. m_replaying turns every redo(), undo() and merge into a no-op.
        m_replaying = true;
        const QSignalBlocker blocker(&m_stack);
        m_stack.clear();  // deletes the commands; dropped steps die with their last handle
        for (size_t i = 0; i < kept.size(); ++i) {
            m_stack.push(new MaskCommand(this, kept[i]));
            if (int(i) + 1 == newClean)
                m_stack.setClean();
        }
        if (newClean < 0)
            m_stack.resetClean();
        m_stack.setIndex(index - first);
        m_replaying = false;
    }
    // Signals were blocked during the rebuild: announce the final state once (QUndoStack's
    // signals are public), so undo actions and views refresh their texts.
    Q_EMIT m_stack.indexChanged(m_stack.index());
    Q_EMIT m_stack.canUndoChanged(m_stack.canUndo());
    Q_EMIT m_stack.canRedoChanged(m_stack.canRedo());
    Q_EMIT m_stack.undoTextChanged(m_stack.undoText());
    Q_EMIT m_stack.redoTextChanged(m_stack.redoText());
    if (m_stack.isClean() != wasClean)
        Q_EMIT m_stack.cleanChanged(m_stack.isClean());
    m_trimming = false;
    return start - historyBytes();
}

} // namespace dermask::core
