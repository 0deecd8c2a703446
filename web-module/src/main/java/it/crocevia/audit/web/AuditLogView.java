package it.crocevia.audit.web;

import it.crocevia.audit.boundary.AuditLog;
import it.crocevia.audit.boundary.AuditRecord;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** "Registro attività": the audit log, newest first, a page at a time. Administrators only. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog auditLog;

    private final LazyDataModel<AuditRecord> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, auditLog.count());
        }

        @Override
        public List<AuditRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return auditLog.latest(first, pageSize);
        }

        @Override
        public String getRowKey(AuditRecord row) {
            return Long.toString(row.id());
        }
    };

    public LazyDataModel<AuditRecord> getEntries() {
        return entries;
    }
}
