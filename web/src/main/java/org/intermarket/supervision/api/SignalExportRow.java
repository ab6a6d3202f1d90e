package org.intermarket.supervision.api;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.intermarket.shared.export.ExportText;
import org.intermarket.supervision.Signal;

/** A signal as one row of an exported table: kind, needs, agencies, evidence, review state and comment, in words. */
final class SignalExportRow {

    private SignalExportRow() {
    }

    static List<Object> cells(Signal signal, ExportText text) {
        List<Object> cells = new ArrayList<>();
        cells.add(text.get("signals.kind." + signal.kind()));
        cells.add(signal.needs().stream().map(n -> n.id() + " " + n.projectName()).collect(Collectors.joining("; ")));
        cells.add(signal.agencies().stream().map(Signal.AgencyRef::name).collect(Collectors.joining("; ")));
        cells.add(evidence(signal.evidence(), text));
        cells.add(text.get(signal.reviewed() ? "signals.reviewed" : "signals.unreviewed"));
        cells.add(signal.reviewed() ? signal.review().comment() : "");
        return cells;
    }

    private static String evidence(Signal.Evidence evidence, ExportText text) {
        List<String> parts = new ArrayList<>();
        if (evidence.phone() != null) {
            parts.add(text.get("signals.evidence.phone") + " " + evidence.phone());
        }
        if (evidence.sourceIp() != null) {
            parts.add(text.get("signals.evidence.ip") + " " + evidence.sourceIp());
        }
        if (evidence.planFileSha256() != null) {
            parts.add(text.get("signals.evidence.file") + " " + evidence.planFileSha256());
        }
        if (evidence.priceGapPercent() != null) {
            parts.add(text.get("signals.evidence.gap") + " " + evidence.priceGapPercent().toPlainString() + "%");
        }
        if (evidence.sharedNeeds() != null) {
            parts.add(text.get("signals.evidence.shared") + " " + evidence.sharedNeeds());
        }
        return String.join("; ", parts);
    }
}
