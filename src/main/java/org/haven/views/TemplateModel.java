package org.haven.views;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.haven.theme.InterfaceText;
import org.haven.theme.ThemeAssets;

/**
 * Everything one template is given: what every template gets, and on a generated page the
 * body of the content page at its address ({@code intro}) and its own model ({@code extra},
 * e.g. a {@link HomeModel}), or null for none.
 */
public record TemplateModel(
        PageView page,
        SiteView site,
        List<NavigationLink> navigation,
        UrlsView urls,
        boolean preview,
        ThemeAssets.Paths assets,
        String intro,
        InterfaceText ui,
        Record extra) {

    /** The template's variables: these components by name, except {@code extra}, whose components stand beside them. */
    public Map<String, Object> variables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("page", page);
        variables.put("site", site);
        variables.put("navigation", navigation);
        variables.put("urls", urls);
        variables.put("preview", preview);
        variables.put("assets", assets);
        variables.put("intro", intro);
        variables.put("ui", ui);
        if (extra != null) {
            for (RecordComponent component : extra.getClass().getRecordComponents()) {
                if (variables.containsKey(component.getName())) {
                    throw new IllegalStateException(extra.getClass().getSimpleName() + "." + component.getName()
                            + " would hide the variable every template is given under that name");
                }
                variables.put(component.getName(), valueOf(component));
            }
        }
        return variables;
    }

    private Object valueOf(RecordComponent component) {
        try {
            return component.getAccessor().invoke(extra);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + extra, e);
        }
    }
}
