package org.intermarket.procurement;

import java.util.List;
import org.intermarket.audit.AuditEntry;

/**
 * What a need's page shows everyone: the need, its amendments, the agencies its owner excluded, its past rounds and
 * awards, its public timeline and, once awarded, its result notice (null before).
 */
public record NeedDossier(NeedView view, List<Amendment> amendments, List<ExclusionEntry> exclusions, NeedHistory.Record history,
                          List<AuditEntry> timeline, Notice notice) {
}
