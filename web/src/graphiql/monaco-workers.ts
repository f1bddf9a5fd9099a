/**
 * Monaco's web workers for the IDE. Same wiring as `graphiql/setup-workers/vite`, but in app source:
 * Vite's dependency pre-bundler cannot handle `?worker` imports inside node_modules, so importing
 * that file breaks `vite` dev (the production build accepts either).
 */
import EditorWorker from "monaco-editor/esm/vs/editor/editor.worker.js?worker";
import JsonWorker from "monaco-editor/esm/vs/language/json/json.worker.js?worker";
import GraphQLWorker from "monaco-graphql/esm/graphql.worker.js?worker";

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === "json") return new JsonWorker();
    if (label === "graphql") return new GraphQLWorker();
    return new EditorWorker();
  },
};
