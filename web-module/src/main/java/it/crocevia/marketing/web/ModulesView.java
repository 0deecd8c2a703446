package it.crocevia.marketing.web;

import it.crocevia.console.FacesMessages;
import it.crocevia.marketing.boundary.ModuleView;
import it.crocevia.marketing.boundary.Modules;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Impostazioni → Moduli (administrators): the licensed features, switched on and off. */
@Named
@ViewScoped
public class ModulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Modules modules;

    @Inject
    FacesMessages messages;

    private List<ModuleView> rows = List.of();

    public void load() {
        rows = modules.list();
    }

    public void toggle(ModuleView module) {
        boolean on = !module.enabled();
        if (messages.attempt(() -> modules.setEnabled(module.platform(), on))) {
            messages.info(on ? "modules.enabled" : "modules.disabled", module.label());
        }
        load();
    }

    public List<ModuleView> getRows() {
        return rows;
    }
}
