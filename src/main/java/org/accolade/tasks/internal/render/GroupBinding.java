package org.accolade.tasks.internal.render;

import java.util.Map;

/** The fields of a group: nested under the group's path when it has one, else in the enclosing scope. */
final class GroupBinding implements Binding {

    private final String path;
    private final Scope children;

    /** @param path null for a group that only lays out its children */
    GroupBinding(String path, Scope children) {
        this.path = path;
        this.children = children;
    }

    @Override
    public void collect(Map<String, Object> values) {
        if (path == null) {
            children.collectInto(values);
        } else {
            DataValues.put(values, path, children.values());
        }
    }

    @Override
    public void register(String prefix, Map<String, ErrorTarget> targets) {
        children.register(path == null ? prefix : prefix + path + ".", targets);
    }
}
