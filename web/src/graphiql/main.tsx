import "./monaco-workers";
import "graphiql/style.css";
import { GraphiQL } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { DEFAULT_QUERY } from "./default-query";
import { fetcher } from "./fetcher";

const root = document.getElementById("graphiql");
if (!root) throw new Error("graphiql.html has no #graphiql element");

createRoot(root).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} defaultEditorToolsVisibility={false}>
      <GraphiQL.Logo>
        <a href="/" style={{ color: "inherit", textDecoration: "none" }} title="Back to the Mosaic dashboard">
          Mosaic <span style={{ fontWeight: 400 }}>GraphQL</span>
        </a>
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
