import { createBrowserRouter } from "react-router";
import { AudiencePage } from "../features/audiences/AudiencePage";
import { AudiencesPage } from "../features/audiences/AudiencesPage";
import { AudienceBuilderPage } from "../features/audiences/builder/AudienceBuilderPage";
import { OverlapPage } from "../features/audiences/overlap/OverlapPage";
import { LtvPage } from "../features/ltv/LtvPage";
import { RequireAuth } from "../features/auth/RequireAuth";
import { RequireRole } from "../features/auth/RequireRole";
import { SignInPage } from "../features/auth/SignInPage";
import { CrmPage } from "../features/crm/CrmPage";
import { EventsPage } from "../features/events/EventsPage";
import { IdentityPage } from "../features/identity/IdentityPage";
import { HomePage } from "../features/home/HomePage";
import { ImportPage } from "../features/imports/ImportPage";
import { ProfilePage } from "../features/profiles/ProfilePage";
import { ProfilesPage } from "../features/profiles/ProfilesPage";
import { SourcesPage } from "../features/sources/SourcesPage";
import { UsersPage } from "../features/users/UsersPage";
import { NotFoundPage } from "./NotFoundPage";
import { RouteError } from "./RouteError";
import { AppLayout } from "./shell/AppLayout";

export const router = createBrowserRouter([
  { path: "/sign-in", element: <SignInPage />, errorElement: <RouteError /> },
  {
    path: "/",
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          { path: "profiles", element: <ProfilesPage /> },
          { path: "profiles/:id", element: <ProfilePage /> },
          { path: "events", element: <EventsPage /> },
          { path: "audiences", element: <AudiencesPage /> },
          { path: "audiences/new", element: <AudienceBuilderPage /> },
          { path: "audiences/overlap", element: <OverlapPage /> },
          { path: "audiences/:id", element: <AudiencePage /> },
          { path: "audiences/:id/edit", element: <AudienceBuilderPage /> },
          { path: "ltv", element: <LtvPage /> },
          { path: "crm", element: <CrmPage /> },
          {
            path: "sources",
            element: (
              <RequireRole permission="viewSources">
                <SourcesPage />
              </RequireRole>
            ),
          },
          {
            path: "identity",
            element: (
              <RequireRole permission="manageIdentity">
                <IdentityPage />
              </RequireRole>
            ),
          },
          {
            path: "import",
            element: (
              <RequireRole permission="importData">
                <ImportPage />
              </RequireRole>
            ),
          },
          {
            path: "users",
            element: (
              <RequireRole permission="manageUsers">
                <UsersPage />
              </RequireRole>
            ),
          },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
