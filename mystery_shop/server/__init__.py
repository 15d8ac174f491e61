"""The FastAPI sync server: accounts, roles, sync endpoints, blobs, the client portal."""
