package it.crocevia.marketing.boundary;

import it.crocevia.audit.boundary.AuditLog;
import it.crocevia.marketing.entity.LicensedModule;
import it.crocevia.platform.boundary.Callers;
import it.crocevia.platform.boundary.NotFoundException;
import it.crocevia.platform.boundary.Roles;
import it.crocevia.platform.boundary.TimeSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;

/**
 * Impostazioni → Moduli: the licensed features, switched on and off by an administrator. A
 * platform whose module is off cannot be chosen for a new integration, and its integrations stop
 * sending (what they have queued waits) until it is on again.
 */
@Stateless
public class Modules {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    TimeSource time;

    @Resource
    SessionContext context;

    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public List<ModuleView> list() {
        return Arrays.stream(MarketingPlatform.values()).map(p -> {
            var m = find(p);
            return new ModuleView(p, p.label(), m.isEnabled(), m.getUpdatedAt(), m.getUpdatedBy());
        }).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public void setEnabled(MarketingPlatform platform, boolean enabled) {
        var module = find(platform);
        if (module.isEnabled() != enabled) {
            module.switchTo(enabled, Callers.name(context), time.nowUtc());
            audit.record(enabled ? "MODULE_ENABLED" : "MODULE_DISABLED", "Module", platform.name(), platform.label());
        }
    }

    @PermitAll
    public boolean enabled(MarketingPlatform platform) {
        return find(platform).isEnabled();
    }

    private LicensedModule find(MarketingPlatform platform) {
        var module = em.find(LicensedModule.class, platform.name());
        if (module == null) {
            throw new NotFoundException("Module", platform);
        }
        return module;
    }
}
