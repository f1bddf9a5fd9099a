import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { request } from "../../lib/graphql";
import { logoutMutation } from "./queries";

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => request(logoutMutation, {}, { redirectOnUnauthenticated: false }),
    onSettled: () => {
      // Whatever the server said, nothing of this user's data may stay in the cache.
      queryClient.clear();
      void navigate("/sign-in", { replace: true });
    },
  });
}
