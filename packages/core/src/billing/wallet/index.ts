export { tokenCreditKinds, tokenDebitKinds, type TokenCreditKind, type TokenDebitKind } from "./wallet-input";
export { creditTokens, debitTokens, getTokenBalance, type CreditTokensInput, type DebitTokensInput, type TokenEntryResult } from "./ledger";
export { transferTokens, type TransferTokensInput, type TransferTokensResult } from "./transfer";
export { adjustTokens, type AdjustTokensInput } from "./adjust";
export {
  getUserTokenBalance,
  listTokenLedger,
  listUserTokenLedger,
  type LedgerPageOptions,
  type TokenLedgerItem,
  type TokenLedgerPage,
} from "./wallet-queries";
export { replayLots, type GrantLot, type LedgerRow as TokenLedgerRow, type LotState as TokenLotState } from "./grant-lots";
export { expireTokenGrants, type ExpireTokenGrantsResult } from "./grant-expiry";
export { expireTokenGrantsFunction, walletFunctions } from "./wallet-functions";
export { tokenBalanceSchema, tokenLedgerItemSchema, tokenLedgerPageSchema } from "./wallet-output";
