"use client";

import { useQuery } from "@tanstack/react-query";
import { Alert, AlertDescription, AlertTitle, Badge, Skeleton } from "@tillbox/ui";
import { Eye } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { useTRPC } from "~/lib/trpc";
import { FormAlert } from "../auth/form-alert";
import { formErrorMessage } from "../auth/form-errors";
import { AccountSection } from "./account-section";
import { ChangeEmailForm } from "./change-email-form";
import { ChangePasswordForm } from "./change-password-form";
import { DeleteAccount } from "./delete-account";
import { ProfileForm } from "./profile-form";
import { SignOutEverywhere } from "./sign-out-everywhere";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** The signed-in user's self-service page; `extra` is the plugins' web.account.page slot. */
export function AccountView({ extra }: { extra?: ReactNode }) {
  const { t, rich } = useMessages("app.account");
  const trpc = useTRPC();
  const me = useQuery(trpc.account.me.queryOptions());

  if (me.isPending) return <AccountSkeleton />;
  if (me.isError) {
    return (
      <FormAlert>
        {formErrorMessage(me.error)}{" "}
        <Link href="/auth/sign-in?callbackUrl=%2Faccount" className="font-medium underline underline-offset-4">
          {t("signIn")}
        </Link>
      </FormAlert>
    );
  }
  const profile = me.data;
  // Support staff may look at an account they impersonate, but credentials stay the owner's alone.
  const ownerOnly = profile.impersonation === null;

  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
        {rich("signedInAs", { email: profile.email, em: (chunks) => <span className="font-medium text-foreground">{chunks}</span> })}
        {profile.roles.map((role) => (
          <Badge key={role} variant="outline">
            {role}
          </Badge>
        ))}
      </div>
      {profile.impersonation ? (
        <Alert variant="warning">
          <Eye aria-hidden />
          <AlertTitle>You are viewing this account as {profile.impersonation.adminName ?? profile.impersonation.adminEmail ?? "an administrator"}</AlertTitle>
          <AlertDescription>{t("passwordEmailSignOutEverywhere")}</AlertDescription>
        </Alert>
      ) : null}
      <AccountSection id="profile" title={t("profile")} description={t("yourDetailsUsedOnNew")}>
        <ProfileForm key={profile.id} profile={profile} />
      </AccountSection>
      {ownerOnly ? (
        <>
          <AccountSection
            id="change-email"
            title={t("changeEmail")}
            description={<>Your current address is {profile.email}. We confirm the new one before switching.</>}
          >
            <ChangeEmailForm currentEmail={profile.email} />
          </AccountSection>
          <AccountSection id="change-password" title={t("changePassword")} description={t("changingItSignsOutEvery")}>
            <ChangePasswordForm email={profile.email} />
          </AccountSection>
          <AccountSection id="sessions" title={t("sessions")} description={t("signsOutEveryDeviceThis")}>
            <SignOutEverywhere />
          </AccountSection>
        </>
      ) : null}
      {extra}
      {ownerOnly ? (
        <AccountSection id="delete-account" title={t("deleteAccount2")} tone="danger" description={t("whatHappensWhenYouDelete")}>
          <DeleteAccount />
        </AccountSection>
      ) : null}
    </div>
  );
}

function AccountSkeleton() {
  const { t } = useMessages("app.account");
  return (
    <div className="grid gap-6" aria-busy="true" aria-label={t("loadingYourAccount")}>
      <Skeleton className="h-5 w-64" />
      <Skeleton className="h-80 w-full rounded-xl" />
      <Skeleton className="h-48 w-full rounded-xl" />
    </div>
  );
}
